import KartaCore

/// One page to render; pages are rendered independently, in parallel.
enum PageJob: Sendable {
    case index
    case roadmap(Int)
    case school(Int)
    case schoolFragment(Int)
    case order(Int)
    case report(Int)

    static func all(for snapshot: SiteSnapshot) -> [PageJob] {
        var jobs: [PageJob] = [.index]
        for index in snapshot.roadmaps.indices {
            jobs.append(.roadmap(index))
            jobs.append(.report(index))
        }
        jobs += snapshot.content.orders.indices.map(PageJob.order)
        for index in snapshot.content.schools.indices {
            jobs.append(.school(index))
            jobs.append(.schoolFragment(index))
        }
        return jobs
    }

    func render(_ snapshot: SiteSnapshot, templates: TemplateSet) -> OutputFile {
        switch self {
        case .index:
            return OutputFile(path: IndexView.path, text: templates.render(IndexView.context(snapshot), with: "index"))
        case .roadmap(let index):
            let status = snapshot.roadmaps[index]
            return OutputFile(path: RoadmapView.path(status.roadmap.slug),
                              text: templates.render(RoadmapView.context(status, snapshot: snapshot), with: "roadmap"))
        case .school(let index):
            let school = snapshot.content.schools[index]
            let path = SchoolView.path(school.slug)
            return OutputFile(path: path, text: templates.render(SchoolView.context(school, snapshot: snapshot, path: path), with: "school"))
        case .schoolFragment(let index):
            let school = snapshot.content.schools[index]
            let path = SchoolView.fragmentPath(school.slug)
            var context = SchoolView.context(school, snapshot: snapshot, path: path)
            context["fragmentCSS"] = templates.fragmentCSS
            return OutputFile(path: path, text: templates.render(context, with: "school-fragment"))
        case .order(let index):
            let order = snapshot.content.orders[index]
            return OutputFile(path: OrderView.path(order.slug),
                              text: templates.render(OrderView.context(order, snapshot: snapshot), with: "order"))
        case .report(let index):
            let status = snapshot.roadmaps[index]
            return OutputFile(path: ReportView.path(status.roadmap.slug),
                              text: templates.render(ReportView.context(status, snapshot: snapshot), with: "report"))
        }
    }
}
