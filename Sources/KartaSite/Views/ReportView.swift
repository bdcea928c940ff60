import KartaCore

/// `roadmaps/<slug>/report.html`: the monitoring report «по состоянию на» the as-of date.
enum ReportView {
    static func path(_ slug: String) -> String { "roadmaps/\(slug)/report.html" }

    static func context(_ status: RoadmapStatus, snapshot: SiteSnapshot) -> ContextNode {
        let path = path(status.roadmap.slug)
        let root = PageContext.root(for: path)
        let asOf = status.asOf.russianNumeric
        let overdue = status.items.filter { $0.state == .overdue }
        let coordinator = snapshot.content.site.coordinator
        let page: ContextNode = [
            "heading": Format.text("Отчёт о реализации дорожной карты «\(status.roadmap.title)» по состоянию на \(asOf)"),
            "roadmapTitle": Format.text(status.roadmap.title),
            "issuer": Format.text(status.roadmap.issuer),
            "period": Format.period(status.roadmap.period),
            "reportDate": asOf,
            "roadmapHref": "index.html",
            "states": EventState.allCases.map { state in
                ["label": state.russianLabel, "count": status.progress.count(state), "state": state.rawValue] as ContextNode
            },
            "total": status.progress.total,
            "percent": status.progress.percent,
            "relevant": status.progress.relevant,
            "done": status.progress.count(.done),
            "stages": status.stages.map { stage in
                [
                    "title": Format.text(stage.stage.title),
                    "total": stage.progress.total, "done": stage.progress.count(.done),
                    "overdue": stage.progress.count(.overdue), "percent": stage.progress.percent,
                ] as ContextNode
            },
            "overdue": overdue.map { item in
                ["id": item.event.id, "title": Format.text(item.event.title), "when": item.event.when,
                 "responsible": Format.text(item.event.responsible)] as ContextNode
            },
            "hasOverdue": !overdue.isEmpty,
            "table": PrintTable.context(status, root: root, withState: true),
            "signatory": Format.signatory(coordinator),
        ]
        let title = "Отчёт о реализации дорожной карты по состоянию на \(asOf)"
        return page.merging(over: PageContext.context(snapshot, root: root, title: title, path: path))
    }
}
