extension ColumnCaptions {
    init(_ reader: MappingReader) {
        self.init()
        number = reader.string("number") ?? number
        title = reader.string("title") ?? title
        when = reader.string("when") ?? when
        responsible = reader.string("responsible") ?? responsible
        result = reader.string("result") ?? result
        let written = reader.mapping.compactMap { $0.key.scalar?.string }.compactMap(Column.init(rawValue:))
        order = written + Column.allCases.filter { !written.contains($0) }
    }
}
