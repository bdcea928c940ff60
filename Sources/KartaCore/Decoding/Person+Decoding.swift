extension Person {
    enum Field: String, FieldKey {
        case name
        case position
        case organization
    }

    init?(_ reader: MappingReader<Field>) {
        guard let name = reader.requiredString(.name) else { return nil }
        self.init(
            name: name, position: reader.string(.position) ?? "",
            organization: reader.string(.organization) ?? "")
    }
}
