extension Roadmap {
    static let keys = ["title", "level", "issuer", "period", "goal", "tasks", "columns", "schools",
                       "approved_by", "stamp", "stages"]
    static let stageKeys = ["title", "when", "events"]
    static let columnKeys = ["number", "title", "when", "responsible", "result"]

    public static func decode(_ document: Document) -> (Roadmap?, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        let reader = decoder.root(keys: keys)
        let slug = decoder.slug(reader)
        guard let reader else { return (nil, decoder.context.diagnostics) }
        let title = reader.requiredString("title") ?? slug
        let level = reader.value("level") == nil
            ? { reader.context.report(.missingField("level"), at: reader.node); return RoadmapLevel.municipal }()
            : reader.choice("level", as: RoadmapLevel.self) ?? .municipal
        var period = Period.year(2000)
        if let periodReader = reader.mapping("period", knownKeys: Period.keys) {
            period = Period(periodReader) ?? period
        } else if reader.value("period") == nil {
            reader.context.report(.missingField("period"), at: reader.node)
        }
        var roadmap = Roadmap(slug: slug, file: document.path, title: title, level: level, period: period)
        roadmap.issuer = reader.lines("issuer").joined(separator: "\n")
        roadmap.goal = reader.string("goal") ?? ""
        roadmap.tasks = reader.lines("tasks")
        if let columns = reader.mapping("columns", knownKeys: columnKeys) {
            roadmap.columns = ColumnCaptions(columns)
        }
        roadmap.schools = reader.located("schools")
        roadmap.approvedBy = reader.locatedString("approved_by")
        if let stamp = reader.mapping("stamp", knownKeys: ApprovalStamp.keys) {
            roadmap.stamp = ApprovalStamp(word: stamp.requiredString("word") ?? "", lines: stamp.lines("lines"))
        }
        roadmap.stages = reader.mappings("stages", knownKeys: stageKeys).map { Stage($0, period: roadmap.period) }
        roadmap.body = document.body
        return (roadmap, decoder.context.diagnostics)
    }
}
