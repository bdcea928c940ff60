extension Indicator {
    enum Field: String, FieldKey {
        case id
        case title
        case unit
        case better
        case target
        case by
    }

    init?(_ reader: MappingReader<Field>) {
        let id = reader.requiredString(.id)
        let title = reader.requiredString(.title)
        guard let id, let title else { return nil }
        if !Slug.isValid(id) {
            reader.context.report(.invalidSlug(id), at: reader.value(.id)!)
            return nil
        }
        self.init(id: id, title: title, location: reader.location(.id))
        unit = reader.string(.unit) ?? ""
        better = reader.choice(.better, as: Better.self) ?? .higher
        target = reader.number(.target)
        by = reader.date(.by)
    }
}
