extension Link {
    enum Field: String, FieldKey {
        case title
        case href
    }

    init?(_ reader: MappingReader<Field>) {
        let title = reader.requiredString(.title)
        let href = reader.requiredString(.href)
        guard let title, let href else { return nil }
        self.init(title: title, href: href, location: reader.location(.href))
    }
}
