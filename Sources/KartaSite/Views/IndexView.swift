import KartaCore

/// `index.html`: every roadmap with its period and progress, every school with its risk profiles.
enum IndexView {
    static let path = "index.html"

    static func context(_ snapshot: SiteSnapshot) -> ContextNode {
        let site = snapshot.content.site
        let page: ContextNode = [
            "region": Format.text(site.region),
            "municipality": Format.text(site.municipality),
            "roadmaps": snapshot.roadmaps.map { status in
                [
                    "title": Format.text(status.roadmap.title),
                    "href": RoadmapView.path(status.roadmap.slug),
                    "level": status.roadmap.level.russianAdjective,
                    "period": Format.period(status.roadmap.period),
                    "progress": ProgressView.context(status.progress),
                ] as ContextNode
            },
            "schools": snapshot.content.schools.map { school in
                [
                    "name": Format.text(school.displayName),
                    "href": SchoolView.path(school.slug),
                    "riskProfiles": school.riskProfiles.map(Format.text),
                    "hasRiskProfiles": !school.riskProfiles.isEmpty,
                    "progress": ProgressView.context(snapshot.progress(of: school)),
                ] as ContextNode
            },
            "orders": snapshot.content.orders.map { OrderLink.context($0, root: "") },
            "hasOrders": !snapshot.content.orders.isEmpty,
        ]
        return page.merging(over: PageContext.context(snapshot, root: "", title: site.title, path: path))
    }
}
