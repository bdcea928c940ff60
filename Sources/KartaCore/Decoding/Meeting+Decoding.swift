import Yams

extension Meeting {
    enum Field: String, FrontMatterKey {
        case issuer
        case kind
        case title
        case date
        case number
        case place
        case chair
        case secretary
        case attendees
        case invited
        case agenda
        case slug
    }

    public static func decode(_ document: Document) -> (Meeting?, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        let reader = decoder.root(Field.self)
        let slug = decoder.slug(reader)
        guard let reader else { return (nil, decoder.context.diagnostics) }
        var meeting = Meeting(
            slug: slug, file: document.path, kind: reader.requiredString(.kind) ?? "",
            title: reader.requiredString(.title) ?? "")
        meeting.issuer = reader.lines(.issuer)
        if reader.value(.date) == nil {
            reader.context.report(.missingField(reader.fieldName(.date)), at: reader.node)
        } else {
            meeting.date = reader.date(.date)
        }
        meeting.number = reader.string(.number) ?? ""
        meeting.place = reader.string(.place) ?? ""
        meeting.chair = reader.mapping(.chair, as: Person.Field.self).flatMap(Person.init)
        meeting.secretary = reader.mapping(.secretary, as: Person.Field.self).flatMap(Person.init)
        meeting.attendees = attendees(reader)
        meeting.invited = reader.mappings(.invited, as: Person.Field.self).compactMap(Person.init)
        meeting.agenda = reader.mappings(.agenda, as: AgendaItem.Field.self, limit: Limits.agendaItems)
            .compactMap(AgendaItem.init)
        meeting.body = document.body
        return (meeting, decoder.context.diagnostics)
    }

    /// A list of names, or a number when the list is kept apart.
    private static func attendees(_ reader: MappingReader<Field>) -> Attendees {
        if case .scalar(let scalar)? = reader.value(.attendees), let count = Int(scalar.string.trimmingSpaces()) {
            guard count > 0 else {
                reader.context.report(
                    .invalidNumber(field: reader.fieldName(.attendees), text: scalar.string),
                    at: reader.value(.attendees)!)
                return .names([])
            }
            return .count(count)
        }
        return .names(reader.strings(.attendees, limit: Limits.attendees))
    }
}
