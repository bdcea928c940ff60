extension Period {
    static let keys = ["year", "academic_year", "from", "to"]

    init?(_ reader: MappingReader) {
        if let year = reader.int("year") {
            self = .year(year)
        } else if let text = reader.string("academic_year") {
            guard let period = Period(academicYear: text) else {
                reader.context.report(.invalidPeriod(text), at: reader.value("academic_year")!)
                return nil
            }
            self = period
        } else if reader.value("from") != nil || reader.value("to") != nil {
            let from = reader.date("from"), to = reader.date("to")
            if reader.value("from") == nil { reader.context.report(.missingField(reader.fieldName("from")), at: reader.node) }
            if reader.value("to") == nil { reader.context.report(.missingField(reader.fieldName("to")), at: reader.node) }
            guard let from, let to else { return nil }
            guard from <= to else {
                reader.context.report(.invalidPeriod("\(from.russianNumeric) – \(to.russianNumeric)"),
                                      at: reader.value("from")!)
                return nil
            }
            self = .range(from: from, to: to)
        } else {
            reader.context.report(.missingField(reader.fieldName("year")), at: reader.node)
            return nil
        }
    }

    /// «2023-2024», «2023–2024», «2023/2024», «2023/24».
    public init?(academicYear text: String) {
        let parts = text.split(whereSeparator: { "-–—/".contains($0) }).map { $0.trimmingSpaces() }
        guard parts.count == 2, let first = Int(parts[0]), parts[0].count == 4, let second = Int(parts[1])
        else { return nil }
        let end = parts[1].count == 2 ? first / 100 * 100 + second : second
        guard end == first + 1 else { return nil }
        self = .academicYear(startYear: first)
    }
}
