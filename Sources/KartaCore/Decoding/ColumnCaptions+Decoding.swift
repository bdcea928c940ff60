extension ColumnCaptions {
    enum Field: String, FieldKey {
        case number
        case title
        case when
        case responsible
        case result
    }

    init(_ reader: MappingReader<Field>) {
        self.init()
        number = reader.string(.number) ?? number
        title = reader.string(.title) ?? title
        when = reader.string(.when) ?? when
        responsible = reader.string(.responsible) ?? responsible
        result = reader.string(.result) ?? result
        let written = reader.mapping.compactMap { $0.key.scalar?.string }.compactMap(Column.init(rawValue:))
        // The document's columns are exactly those written, in their order (an appendix adds none);
        // a mapping of captions only for the number keeps all four.
        if written.isEmpty {
            order = Column.allCases
        } else {
            order = written.contains(.title) ? written : [.title] + written
        }
    }
}
