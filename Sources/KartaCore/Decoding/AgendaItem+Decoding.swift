extension AgendaItem {
    enum Field: String, FieldKey {
        case title
        case speakers
        case heard
        case spoke
        case decisions
    }

    init?(_ reader: MappingReader<Field>) {
        guard let title = reader.requiredString(.title) else { return nil }
        self.init(title: title, location: reader.context.location(reader.node))
        speakers = reader.lines(.speakers)
        heard = reader.string(.heard) ?? ""
        spoke = reader.mappings(.spoke, as: Speech.Field.self).compactMap(Speech.init)
        decisions = reader.mappings(.decisions, as: Decision.Field.self, limit: Limits.decisionsPerItem)
            .compactMap(Decision.init)
    }
}

extension AgendaItem.Speech {
    enum Field: String, FieldKey {
        case name
        case text
    }

    init?(_ reader: MappingReader<Field>) {
        let name = reader.requiredString(.name)
        let text = reader.requiredString(.text)
        guard let name, let text else { return nil }
        self.init(name: name, text: text)
    }
}
