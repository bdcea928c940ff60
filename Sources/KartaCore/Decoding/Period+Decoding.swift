extension Period {
    enum Field: String, FieldKey {
        case year
        case academicYear = "academic_year"
        case from
        case to
    }

    init?(_ reader: MappingReader<Field>) {
        let given = [Field.year, .academicYear, .from].filter { reader.value($0) != nil }
        if given.count > 1 {
            reader.context.report(.periodAmbiguous(given.map(\.rawValue)), at: reader.value(given[1])!)
            return nil
        }
        guard let period = Period(decoding: reader) else { return nil }
        let years = period.end.year - period.start.year + (period.end.month >= period.start.month ? 0 : -1)
        guard Limits.years.contains(period.start.year), Limits.years.contains(period.end.year),
            years < Limits.periodYears
        else {
            reader.context.report(
                .periodOutOfRange(period.russianDescription), at: reader.value(given.first ?? .year) ?? reader.node)
            return nil
        }
        self = period
    }

    private init?(decoding reader: MappingReader<Field>) {
        if let year = reader.int(.year) {
            self = .year(year)
        } else if let text = reader.string(.academicYear) {
            guard let period = Period(academicYear: text) else {
                reader.context.report(.invalidPeriod(text), at: reader.value(.academicYear)!)
                return nil
            }
            self = period
        } else if reader.value(.from) != nil || reader.value(.to) != nil {
            let from = reader.date(.from), to = reader.date(.to)
            if reader.value(.from) == nil {
                reader.context.report(.missingField(reader.fieldName(.from)), at: reader.node)
            }
            if reader.value(.to) == nil { reader.context.report(.missingField(reader.fieldName(.to)), at: reader.node) }
            guard let from, let to else { return nil }
            guard from <= to else {
                reader.context.report(
                    .invalidPeriod("\(from.russianNumeric) – \(to.russianNumeric)"),
                    at: reader.value(.from)!)
                return nil
            }
            self = .range(from: from, to: to)
        } else {
            reader.context.report(.missingField(reader.fieldName(.year)), at: reader.node)
            return nil
        }
    }
}
