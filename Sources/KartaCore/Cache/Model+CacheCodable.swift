// The decoded model as the decode cache stores it. Every stored property is written:
// `ModelCacheCodableTests` round-trips a sample of each type with every property set.

extension SourceLocation: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.bool(file == writer.file)
        if file != writer.file { writer.string(file) }
        writer.bool(position != nil)
        if let position {
            writer.int(position.line)
            writer.int(position.column)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let file = try reader.bool() ? reader.file : try reader.string()
        if try reader.bool() {
            self.init(file: file, line: try reader.int(), column: try reader.int())
        } else {
            self.init(file: file)
        }
    }
}

extension Located: CacheCodable where Value: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.value(value)
        writer.value(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(try reader.value(), at: try reader.value())
    }
}

extension LocalDate: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.int(dayNumber) }
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) { self.init(dayNumber: try reader.int()) }
}

extension Period: CacheCodable {
    func write(to writer: inout CacheWriter) {
        switch self {
        case .year(let year): writer.int(0); writer.int(year)
        case .academicYear(let year): writer.int(1); writer.int(year)
        case .range(let from, let to): writer.int(2); writer.value(from); writer.value(to)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        switch try reader.int() {
        case 0: self = .year(try reader.int())
        case 1: self = .academicYear(startYear: try reader.int())
        case 2: self = .range(from: try reader.value(), to: try reader.value())
        default: throw CacheReader.Damaged()
        }
    }
}

extension RoadmapLevel: CacheCodable {}
extension Indicator.Better: CacheCodable {}
extension EventStatus: CacheCodable {}
extension ScheduleKind: CacheCodable {}
extension Recurrence.Frequency: CacheCodable {}
extension ColumnCaptions.Column: CacheCodable {}
extension SchoolDocumentKind: CacheCodable {}
extension Appendix.AssignmentKind: CacheCodable {}

extension Person: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(name)
        writer.string(position)
        writer.string(organization)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(name: try reader.string(), position: try reader.string(), organization: try reader.string())
    }
}

extension Link: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(title)
        writer.string(href)
        writer.value(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(title: try reader.string(), href: try reader.string(), location: try reader.value())
    }
}

extension DayInterval: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.value(from)
        writer.value(to)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(from: try reader.value(), to: try reader.value())
    }
}

extension Recurrence: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.value(frequency)
        writer.int(times)
        writer.optional(everyMin)
        writer.optional(everyMax)
        writer.array(weekdays)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(
            frequency: try reader.value(), times: try reader.int(), everyMin: try reader.optional(),
            everyMax: try reader.optional(), weekdays: try reader.array())
    }
}

extension Schedule: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(text)
        writer.value(kind)
        writer.array(intervals)
        writer.optional(recurrence)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(
            text: try reader.string(), kind: try reader.value(), intervals: try reader.array(),
            recurrence: try reader.optional())
    }
}

extension Event: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(id)
        writer.string(title)
        writer.string(when)
        writer.string(responsible)
        writer.string(result)
        writer.value(status)
        writer.optional(done)
        writer.array(evidence)
        writer.array(schools)
        writer.optional(riskProfile)
        writer.value(location)
        writer.value(whenLocation)
        writer.value(schedule)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let id = try reader.string(), title = try reader.string(), when = try reader.string()
        let responsible = try reader.string(), result = try reader.string()
        let status = try reader.value(EventStatus.self), done = try reader.optional(LocalDate.self)
        let evidence = try reader.array(Link.self), schools = try reader.array(Located<String>.self)
        let riskProfile = try reader.optional(String.self), location = try reader.value(SourceLocation.self)
        self.init(id: id, title: title, when: when, location: location)
        self.responsible = responsible
        self.result = result
        self.status = status
        self.done = done
        self.evidence = evidence
        self.schools = schools
        self.riskProfile = riskProfile
        whenLocation = try reader.value()
        schedule = try reader.value()
    }
}

extension Stage: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(title)
        writer.string(when)
        writer.array(events)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(title: try reader.string(), when: try reader.string(), events: try reader.array())
    }
}

extension ColumnCaptions: CacheCodable {
    func write(to writer: inout CacheWriter) {
        for caption in [number, title, when, responsible, result] { writer.string(caption) }
        writer.array(order)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init()
        number = try reader.string()
        title = try reader.string()
        when = try reader.string()
        responsible = try reader.string()
        result = try reader.string()
        order = try reader.array()
    }
}

extension SchoolDocument: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.value(kind)
        writer.string(title)
        writer.string(href)
        writer.optional(date)
        writer.optional(riskProfile)
        writer.value(location)
        writer.optional(signed)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(
            kind: try reader.value(), title: try reader.string(), href: try reader.string(),
            date: try reader.optional(), riskProfile: try reader.optional(), location: try reader.value())
        signed = try reader.optional()
    }
}

extension Appendix: CacheCodable {
    func write(to writer: inout CacheWriter) {
        switch self {
        case .roadmap(let roadmap): writer.int(0); writer.value(roadmap)
        case .assignments(let kind, let schools): writer.int(1); writer.value(kind); writer.array(schools)
        case .file(let link): writer.int(2); writer.value(link)
        }
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        switch try reader.int() {
        case 0: self = .roadmap(try reader.value())
        case 1: self = .assignments(try reader.value(), schools: try reader.array())
        case 2: self = .file(try reader.value())
        default: throw CacheReader.Damaged()
        }
    }
}

extension School: CacheCodable {
    func write(to writer: inout CacheWriter) {
        for text in [slug, name, shortName, municipality, region, website, address, director] { writer.string(text) }
        writer.optional(joined)
        writer.optional(responsible)
        writer.array(curators)
        writer.array(methodists)
        writer.array(riskProfiles)
        writer.array(roadmaps)
        writer.array(documents)
        writer.array(targets)
        writer.string(body)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let slug = try reader.string()
        self.init(slug: slug, file: reader.file, name: "")
        name = try reader.string()
        shortName = try reader.string()
        municipality = try reader.string()
        region = try reader.string()
        website = try reader.string()
        address = try reader.string()
        director = try reader.string()
        joined = try reader.optional()
        responsible = try reader.optional()
        curators = try reader.array()
        methodists = try reader.array()
        riskProfiles = try reader.array()
        roadmaps = try reader.array()
        documents = try reader.array()
        targets = try reader.array()
        body = try reader.string()
    }
}

extension Roadmap: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(slug)
        writer.string(title)
        writer.value(level)
        writer.string(issuer)
        writer.value(period)
        writer.string(goal)
        writer.array(tasks)
        writer.value(columns)
        writer.array(schools)
        writer.optional(approvedBy)
        writer.optional(stamp)
        writer.array(stages)
        writer.array(indicators)
        writer.string(body)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let slug = try reader.string(), title = try reader.string(), level = try reader.value(RoadmapLevel.self)
        let issuer = try reader.string()
        self.init(slug: slug, file: reader.file, title: title, level: level, period: try reader.value())
        self.issuer = issuer
        goal = try reader.string()
        tasks = try reader.array()
        columns = try reader.value()
        schools = try reader.array()
        approvedBy = try reader.optional()
        stamp = try reader.optional()
        stages = try reader.array()
        indicators = try reader.array()
        body = try reader.string()
    }
}

extension Order: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(slug)
        writer.string(title)
        writer.array(issuer)
        for text in [shortIssuer, kind.word, number] { writer.string(text) }
        writer.optional(date)
        writer.string(place)
        writer.optional(signatory)
        writer.string(preparedBy)
        writer.optional(signed)
        writer.array(appendices)
        writer.string(body)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(slug: try reader.string(), file: reader.file, title: try reader.string())
        issuer = try reader.array()
        shortIssuer = try reader.string()
        kind = OrderKind(word: try reader.string())
        number = try reader.string()
        date = try reader.optional()
        place = try reader.string()
        signatory = try reader.optional()
        preparedBy = try reader.string()
        signed = try reader.optional()
        appendices = try reader.array()
        body = try reader.string()
    }
}

extension ApprovalStamp: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.string(word)
        writer.array(lines)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(word: try reader.string(), lines: try reader.array())
    }
}

extension Double: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.fixed(bitPattern) }
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) { self.init(bitPattern: try reader.fixed()) }
}

extension Indicator: CacheCodable {
    func write(to writer: inout CacheWriter) {
        for text in [id, title, unit] { writer.string(text) }
        writer.value(better)
        writer.optional(target)
        writer.optional(by)
        writer.value(location)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        let id = try reader.string(), title = try reader.string(), unit = try reader.string()
        let better = try reader.value(Better.self)
        let target: Double? = try reader.optional(), by: LocalDate? = try reader.optional()
        self.init(id: id, title: title, location: try reader.value())
        self.unit = unit
        self.better = better
        self.target = target
        self.by = by
    }
}

extension SchoolTargets.Value: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.value(indicator)
        writer.value(value)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(indicator: try reader.value(), value: try reader.value())
    }
}

extension SchoolTargets: CacheCodable {
    func write(to writer: inout CacheWriter) {
        writer.value(roadmap)
        writer.array(values)
    }

    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        self.init(roadmap: try reader.value(), values: try reader.array())
    }
}
