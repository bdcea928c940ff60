extension Event {
    enum Field: String, FieldKey {
        case id
        case title
        case when
        case responsible
        case result
        case status
        case done
        case evidence
        case schools
        case riskProfile = "risk_profile"
    }

    init?(_ reader: MappingReader<Field>, period: Period) {
        guard let title = reader.requiredString(.title) else { return nil }
        self.init(
            id: reader.string(.id) ?? "", title: title, when: reader.string(.when) ?? "",
            location: reader.context.location(reader.node))
        whenLocation = reader.location(.when)
        responsible = reader.lines(.responsible).joined(separator: "\n")
        result = reader.string(.result) ?? ""
        (status, done) = reader.statusAndDone(.status, .done)
        evidence = reader.mappings(.evidence, as: Link.Field.self).compactMap(Link.init)
        schools = reader.located(.schools)
        riskProfile = reader.string(.riskProfile)
        // Characters are never more than bytes: counting them (grapheme by grapheme) only when it may matter.
        if self.when.utf8.count > Limits.whenCharacters, self.when.count > Limits.whenCharacters {
            // Not parsed: a term of megabytes is a paste gone wrong, and parsing it costs minutes.
            reader.context.report(
                DecodeError.textTooLong(
                    field: reader.fieldName(.when), count: self.when.count,
                    limit: Limits.whenCharacters), at: reader.value(.when)!)
        } else {
            schedule = ScheduleParser.parse(self.when, period: period)
        }
    }
}
