extension Stage {
    enum Field: String, FieldKey {
        case title
        case when
        case events
    }

    init(_ reader: MappingReader<Field>, period: Period) {
        self.init(title: reader.string(.title) ?? "", when: reader.string(.when) ?? "")
        events = reader.mappings(.events, as: Event.Field.self).compactMap { Event($0, period: period) }
    }
}
