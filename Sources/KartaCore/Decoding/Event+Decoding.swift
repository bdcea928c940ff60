extension Event {
    static let keys = ["id", "title", "when", "responsible", "result", "status", "done", "evidence",
                       "schools", "risk_profile"]

    init?(_ reader: MappingReader, period: Period) {
        guard let title = reader.requiredString("title") else { return nil }
        self.init(id: reader.string("id") ?? "", title: title, when: reader.string("when") ?? "",
                  location: reader.context.location(reader.node))
        whenLocation = reader.location("when")
        responsible = reader.lines("responsible").joined(separator: "\n")
        result = reader.string("result") ?? ""
        status = reader.choice("status", as: EventStatus.self) ?? .planned
        done = reader.date("done")
        evidence = reader.mappings("evidence", knownKeys: Link.keys).compactMap(Link.init)
        schools = reader.located("schools")
        riskProfile = reader.string("risk_profile")
        schedule = ScheduleParser.parse(self.when, period: period)
    }
}
