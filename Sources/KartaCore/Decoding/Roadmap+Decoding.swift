extension Roadmap {
    enum Field: String, FrontMatterKey {
        case title
        case level
        case issuer
        case period
        case goal
        case tasks
        case columns
        case schools
        case approvedBy = "approved_by"
        case stamp
        case stages
        case indicators
        case slug
    }

    public static func decode(_ document: Document) -> (Roadmap?, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        let reader = decoder.root(Field.self)
        let slug = decoder.slug(reader)
        guard let reader else { return (nil, decoder.context.diagnostics) }
        let title = reader.requiredString(.title) ?? slug
        let level =
            reader.value(.level) == nil
            ? {
                reader.context.report(.missingField(reader.fieldName(.level)), at: reader.node);
                return RoadmapLevel.municipal
            }()
            : reader.choice(.level, as: RoadmapLevel.self) ?? .municipal
        var period = Period.year(2000)
        if let periodReader = reader.mapping(.period, as: Period.Field.self) {
            period = Period(periodReader) ?? period
        } else if reader.value(.period) == nil {
            reader.context.report(.missingField(reader.fieldName(.period)), at: reader.node)
        }
        var roadmap = Roadmap(slug: slug, file: document.path, title: title, level: level, period: period)
        roadmap.issuer = reader.lines(.issuer).joined(separator: "\n")
        roadmap.goal = reader.string(.goal) ?? ""
        roadmap.tasks = reader.lines(.tasks)
        if let columns = reader.mapping(.columns, as: ColumnCaptions.Field.self) {
            roadmap.columns = ColumnCaptions(columns)
        }
        roadmap.schools = reader.located(.schools)
        roadmap.approvedBy = reader.locatedString(.approvedBy)
        if let stamp = reader.mapping(.stamp, as: ApprovalStamp.Field.self) {
            roadmap.stamp = ApprovalStamp(word: stamp.requiredString(.word) ?? "", lines: stamp.lines(.lines))
        }
        roadmap.stages = reader.mappings(.stages, as: Stage.Field.self).map { Stage($0, period: roadmap.period) }
        roadmap.indicators = reader.mappings(.indicators, as: Indicator.Field.self).compactMap(Indicator.init)
        roadmap.body = document.body
        return (roadmap, decoder.context.diagnostics)
    }
}
