extension SchoolDocument {
    enum Field: String, FieldKey {
        case kind
        case title
        case href
        case date
        case riskProfile = "risk_profile"
        case signed
    }

    init?(_ reader: MappingReader<Field>) {
        let kind = reader.choice(.kind, as: SchoolDocumentKind.self) ?? .other
        let title = reader.requiredString(.title)
        let href = reader.requiredString(.href)
        guard let title, let href else { return nil }
        self.init(
            kind: kind, title: title, href: href, date: reader.date(.date),
            riskProfile: reader.string(.riskProfile), location: reader.location(.href))
        signed = reader.locatedString(.signed)
    }
}
