import KartaCore

/// The site's content for programs: `data/site.json` (what there is, with progress) and
/// `data/roadmaps/<slug>.json` (every measure with its term as understood and its state as of the
/// date). Both follow `data/schema.json` (`DataSchema`); a change of their shape changes `version`.
struct OpenData: Sendable {
    static let version = 3
    let site: ResolvedSite

    var siteJSON: JSONValue {
        .object([
            ("$schema", .string("schema.json")),
            ("version", .int(Self.version)),
            ("title", .string(site.site.title)),
            ("organization", .optional(site.site.organization)),
            ("region", .optional(site.site.region)),
            ("municipality", .optional(site.site.municipality)),
            ("as_of", .string(site.asOf.iso)),
            (
                "roadmaps",
                .array(
                    site.roadmaps.map { resolved in
                        let roadmap = resolved.roadmap
                        return .object([
                            ("slug", .string(roadmap.slug)),
                            ("title", .string(roadmap.title)),
                            ("level", .string(roadmap.level.rawValue)),
                            ("period", period(roadmap.period)),
                            ("progress", progress(resolved.status.progress)),
                            ("page", .string(resolved.path)),
                            ("data", .string(resolved.paths.data)),
                            ("calendar", .string(resolved.paths.calendar)),
                            ("table", .string(resolved.paths.table))
                        ])
                    })
            ),
            (
                "schools",
                .array(
                    site.schools.map { resolved in
                        let school = resolved.school
                        return .object([
                            ("slug", .string(school.slug)),
                            ("name", .string(school.name)),
                            ("short_name", .optional(school.shortName)),
                            ("municipality", .optional(school.municipality)),
                            ("joined", school.joined.map(JSONValue.int) ?? .null),
                            (
                                "roadmaps",
                                .array(resolved.roadmaps.map { .string(site.roadmaps[$0.roadmap].roadmap.slug) })
                            ),
                            ("progress", progress(resolved.progress)),
                            ("page", .string(resolved.path)),
                            ("calendar", .string(resolved.paths.calendar))
                        ])
                    })
            ),
            (
                "orders",
                .array(
                    site.orders.map { resolved in
                        let order = resolved.order
                        return .object([
                            ("slug", .string(order.slug)),
                            ("kind", .string(order.kind.word)),
                            ("number", .optional(order.number)),
                            ("date", .optional(order.date?.iso)),
                            ("title", .string(order.title)),
                            ("page", .string(resolved.path))
                        ])
                    })
            ),
            ("meetings", .array(site.meetingsByDate.map(meeting)))
        ])
    }

    private func meeting(_ index: Int) -> JSONValue {
        let resolved = site.meetings[index]
        let meeting = resolved.meeting
        return .object([
            ("slug", .string(meeting.slug)),
            ("kind", .string(meeting.kind)),
            ("title", .string(meeting.title)),
            ("number", .optional(meeting.number)),
            ("date", .optional(meeting.date?.iso)),
            ("page", .string(resolved.path)),
            (
                "decisions",
                .array(
                    resolved.decisions.map { linked in
                        let decision = linked.decision
                        return .object([
                            ("number", .string(linked.number)),
                            ("text", .string(decision.text)),
                            ("responsible", .optional(decision.responsible)),
                            ("due", .optional(decision.due?.iso)),
                            ("status", .string(decision.status.rawValue)),
                            ("state", .string(decision.state(asOf: site.asOf).rawValue)),
                            ("done", .optional(decision.done?.iso)),
                            ("roadmap", .optional(linked.roadmap.map { site.roadmaps[$0].roadmap.slug })),
                            (
                                "measure",
                                .optional(
                                    linked.measure.map { site.roadmaps[linked.roadmap!].status.items[$0].event.id })
                            ),
                            ("schools", .array(linked.schools.map { .string(site.schools[$0].school.slug) }))
                        ])
                    })
            )
        ])
    }

    func roadmapJSON(_ index: Int) -> JSONValue {
        let resolved = site.roadmaps[index]
        let roadmap = resolved.roadmap
        let page = resolved.path
        return .object([
            ("$schema", .string("../schema.json")),
            ("version", .int(Self.version)),
            ("slug", .string(roadmap.slug)),
            ("title", .string(roadmap.title)),
            ("level", .string(roadmap.level.rawValue)),
            ("issuer", .optional(roadmap.issuer)),
            ("period", period(roadmap.period)),
            ("as_of", .string(site.asOf.iso)),
            ("approved_by", .optional(resolved.order.map { site.orders[$0].order.slug })),
            ("schools", .array(resolved.schools.map { .string(site.schools[$0].school.slug) })),
            ("progress", progress(resolved.status.progress)),
            ("rounds", .array(site.indicators[index].rounds.map { .string($0.date.iso) })),
            ("indicators", indicators(index)),
            (
                "stages",
                .array(
                    resolved.status.stages.map { stage in
                        .object([
                            ("title", .optional(stage.stage.title)),
                            ("when", .optional(stage.stage.when)),
                            ("progress", progress(stage.progress)),
                            ("measures", .array(stage.items.map { measure($0, page: page) }))
                        ])
                    })
            )
        ])
    }

    /// Each indicator with each school's values by round (null: no data) and its target.
    private func indicators(_ index: Int) -> JSONValue {
        let roadmap = site.roadmaps[index].roadmap, data = site.indicators[index]
        return .array(
            roadmap.indicators.enumerated().map { position, indicator in
                .object([
                    ("id", .string(indicator.id)),
                    ("title", .string(indicator.title)),
                    ("unit", .optional(indicator.unit)),
                    ("better", .string(indicator.better.rawValue)),
                    ("target", indicator.target.map(JSONValue.number) ?? .null),
                    ("by", indicator.by.map { .string($0.iso) } ?? .null),
                    (
                        "schools",
                        .array(
                            data.schools(position).compactMap { school -> JSONValue? in
                                let values = data.values(position, school: school)
                                let own = data.targets.indices.contains(position) ? data.targets[position][school] : nil
                                guard values != nil || own != nil else { return nil }
                                return .object([
                                    ("school", .string(site.schools[school].school.slug)),
                                    (
                                        "target",
                                        data.target(position, school: school, in: roadmap).map(JSONValue.number)
                                            ?? .null
                                    ),
                                    ("values", .array((values ?? []).map { $0.map(JSONValue.number) ?? .null }))
                                ])
                            })
                    )
                ])
            })
    }

    private func measure(_ item: RoadmapStatus.Item, page: String) -> JSONValue {
        let event = item.event
        return .object([
            ("id", .optional(event.id)),
            ("anchor", .string(item.anchor)),
            ("title", .string(event.title)),
            ("when", .optional(event.when)),
            ("schedule", .object(event.schedule.understood)),
            ("responsible", .optional(event.responsible)),
            ("result", .optional(event.result)),
            ("status", .string(event.status.rawValue)),
            ("state", .string(item.state.rawValue)),
            ("done", .optional(event.done?.iso)),
            ("schools", .array(event.schools.map { .string($0.value) })),
            (
                "evidence",
                .array(event.evidence.map { .object([("title", .string($0.title)), ("href", .string($0.href))]) })
            ),
            ("page", .string(page + "#" + item.anchor))
        ])
    }

    private func period(_ period: Period) -> JSONValue {
        .object([
            ("from", .string(period.start.iso)), ("to", .string(period.end.iso)),
            ("text", .string(period.russianDescription))
        ])
    }

    private func progress(_ progress: Progress) -> JSONValue {
        .object([
            ("total", .int(progress.total)),
            ("done", .int(progress.count(.done))),
            ("in_progress", .int(progress.count(.inProgress))),
            ("planned", .int(progress.count(.planned))),
            ("overdue", .int(progress.count(.overdue))),
            ("cancelled", .int(progress.count(.cancelled))),
            ("percent", .int(progress.percent))
        ])
    }
}
