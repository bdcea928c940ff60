extension Appendix {
    enum Field: String, FieldKey {
        case roadmap
        case assignments
        case schools
        case file
        case title
    }

    init?(_ reader: MappingReader<Field>) {
        if let roadmap = reader.locatedString(.roadmap) {
            self = .roadmap(roadmap)
        } else if reader.value(.assignments) != nil {
            guard let kind = reader.choice(.assignments, as: AssignmentKind.self) else { return nil }
            self = .assignments(kind, schools: reader.located(.schools))
        } else if let href = reader.string(.file) {
            self = .file(
                Link(
                    title: reader.requiredString(.title) ?? href, href: href,
                    location: reader.location(.file)))
        } else {
            reader.context.report(.missingField(reader.fieldName(.roadmap)), at: reader.node)
            return nil
        }
    }
}
