extension Stage {
    init(_ reader: MappingReader, period: Period) {
        self.init(title: reader.string("title") ?? "", when: reader.string("when") ?? "")
        events = reader.mappings("events", knownKeys: Event.keys).compactMap { Event($0, period: period) }
    }
}
