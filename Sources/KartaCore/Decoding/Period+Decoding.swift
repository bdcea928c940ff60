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
}
