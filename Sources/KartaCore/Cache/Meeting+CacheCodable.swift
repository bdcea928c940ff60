extension Meeting: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(slug)
        writer.string(kind)
        writer.string(title)
        writer.array(issuer)
        writer.optional(date)
        for text in [number, place] { writer.string(text) }
        writer.optional(chair)
        writer.optional(secretary)
        writer.value(attendees)
        writer.array(invited)
        writer.array(agenda)
        writer.string(body)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(slug: try reader.string(), file: reader.file, kind: try reader.string(), title: try reader.string())
        issuer = try reader.array()
        date = try reader.optional()
        number = try reader.string()
        place = try reader.string()
        chair = try reader.optional()
        secretary = try reader.optional()
        attendees = try reader.value()
        invited = try reader.array()
        agenda = try reader.array()
        body = try reader.string()
    }
}

extension Meeting.Attendees: CacheCodable {
    func write(to writer: inout CacheWriter) {
        switch self {
        case .names(let names):
            writer.bool(true)
            writer.array(names)
        case .count(let count):
            writer.bool(false)
            writer.int(count)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self = try reader.bool() ? .names(try reader.array()) : .count(try reader.int())
    }
}

extension AgendaItem: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(title)
        writer.value(location)
        writer.array(speakers)
        writer.string(heard)
        writer.array(spoke)
        writer.array(decisions)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(title: try reader.string(), location: try reader.value())
        speakers = try reader.array()
        heard = try reader.string()
        spoke = try reader.array()
        decisions = try reader.array()
    }
}

extension AgendaItem.Speech: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(name)
        writer.string(text)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(name: try reader.string(), text: try reader.string())
    }
}

extension Decision: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(text)
        writer.value(location)
        writer.string(responsible)
        writer.optional(due)
        writer.value(status)
        writer.optional(done)
        writer.array(evidence)
        writer.optional(roadmap)
        writer.optional(measure)
        writer.array(schools)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(text: try reader.string(), location: try reader.value())
        responsible = try reader.string()
        due = try reader.optional()
        status = try reader.value()
        done = try reader.optional()
        evidence = try reader.array()
        roadmap = try reader.optional()
        measure = try reader.optional()
        schools = try reader.array()
    }
}
