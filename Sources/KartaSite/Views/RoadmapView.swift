import KartaCore

/// `roadmaps/<slug>/index.html`: the roadmap with its timeline and measures by stage.
enum RoadmapView {
    static func path(_ slug: String) -> String { "roadmaps/\(slug)/index.html" }

    static func context(_ status: RoadmapStatus, snapshot: SiteSnapshot) -> ContextNode {
        let roadmap = status.roadmap
        let path = path(roadmap.slug)
        let root = PageContext.root(for: path)
        let anchors = snapshot.anchors(of: status)
        let order = roadmap.approvedBy.flatMap { snapshot.order($0.value) }
        let page: ContextNode = [
            "title": Format.text(roadmap.title),
            "level": roadmap.level.russianAdjective,
            "issuer": Format.text(roadmap.issuer),
            "period": Format.period(roadmap.period),
            "goal": Format.text(roadmap.goal),
            "hasGoal": !roadmap.goal.isEmpty,
            "tasks": roadmap.tasks.map(Format.text),
            "hasTasks": !roadmap.tasks.isEmpty,
            "approvedBy": order.map { OrderLink.context($0, root: root) },
            "reportHref": "report.html",
            "progress": ProgressView.context(status.progress),
            "timeline": TimelineView.context(Timeline(status), status: status, anchors: anchors),
            "table": tableContext(status, anchors: anchors, root: root),
            "schools": roadmap.schools.compactMap { snapshot.school($0.value) }.map { SchoolLink.context($0, root: root) },
            "hasSchools": !roadmap.schools.isEmpty,
            "body": MarkdownRenderer.html(roadmap.body, root: root),
        ]
        return page.merging(over: PageContext.context(snapshot, root: root, title: roadmap.title, path: path))
    }

    static func tableContext(_ status: RoadmapStatus, anchors: [SourceLocation: String], root: String) -> ContextNode {
        let columns = status.roadmap.columns
        return [
            "numberCaption": Format.text(columns.number),
            "headers": EventRowView.headers(columns),
            "columnCount": columns.order.count + 3,
            "stages": status.stages.map { stage in
                [
                    "title": Format.text(stage.stage.title),
                    "when": Format.text(stage.stage.when),
                    "percent": stage.progress.percent,
                    "rows": stage.items.map {
                        EventRowView.context($0, columns: columns, anchor: anchors[$0.event.location] ?? "", root: root)
                    },
                ] as ContextNode
            },
        ]
    }
}
