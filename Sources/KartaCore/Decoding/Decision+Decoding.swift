import Yams

extension Decision {
    enum Field: String, FieldKey {
        case text
        case responsible
        case due
        case status
        case done
        case evidence
        case roadmap
        case measure
        case school
    }

    init?(_ reader: MappingReader<Field>) {
        guard let text = reader.requiredString(.text) else { return nil }
        self.init(text: text, location: reader.context.location(reader.node))
        responsible = reader.lines(.responsible).joined(separator: "\n")
        due = reader.date(.due)
        (status, done) = reader.statusAndDone(.status, .done)
        evidence = reader.mappings(.evidence, as: Link.Field.self).compactMap(Link.init)
        roadmap = reader.locatedString(.roadmap)
        measure = reader.locatedString(.measure)
        if measure != nil, roadmap == nil {
            reader.context.report(DecodeError.measureWithoutRoadmap, at: reader.value(.measure)!)
        }
        // One school as text, or a list of them.
        if case .scalar? = reader.value(.school) {
            schools = reader.locatedString(.school).map { [$0] } ?? []
        } else {
            schools = reader.located(.school)
        }
    }
}
