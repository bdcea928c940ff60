import KartaCore

/// One page to render; pages are rendered independently, in parallel.
enum PageJob: Sendable {
    case index
    case roadmap(Int)
    /// The school's page and its fragment, from one context.
    case school(Int)
    case order(Int)
    case report(Int)

    static func all(for snapshot: SiteSnapshot) -> [PageJob] {
        var jobs: [PageJob] = [.index]
        for index in snapshot.roadmaps.indices {
            jobs.append(.roadmap(index))
            jobs.append(.report(index))
        }
        jobs += snapshot.content.orders.indices.map(PageJob.order)
        jobs += snapshot.content.schools.indices.map(PageJob.school)
        return jobs
    }

    func render(_ snapshot: SiteSnapshot, partials: PartialRenderer) -> [OutputFile] {
        let templates = partials.templates
        switch self {
        case .index:
            return [OutputFile(path: IndexView.path, text: templates.render(IndexView.context(snapshot), with: "index"))]
        case .roadmap(let index):
            let status = snapshot.roadmaps[index]
            return [OutputFile(path: RoadmapView.path(status.roadmap.slug),
                               text: templates.render(RoadmapView.context(status, snapshot: snapshot), with: "roadmap"))]
        case .school(let index):
            // The page and the fragment show the same section: it is rendered once, with links
            // relative to the school's folder, which both files share; with `base_url` in site.yml
            // the fragment's links are absolute instead, so that it works pasted into another site.
            let school = snapshot.content.schools[index]
            let path = SchoolView.path(school.slug)
            func section(root: String?) -> ContextNode {
                var context = SchoolView.context(school, snapshot: snapshot, path: path, partials: partials, root: root)
                context["section"] = templates.renderEmbedded(context, with: "partials/school-section")
                return context
            }
            let page = section(root: nil)
            var fragment = snapshot.content.site.baseURL.map { section(root: $0) } ?? page
            fragment["fragmentCSS"] = templates.fragmentCSS
            return [OutputFile(path: path, text: templates.render(page, with: "school")),
                    OutputFile(path: SchoolView.fragmentPath(school.slug), text: templates.render(fragment, with: "school-fragment"))]
        case .order(let index):
            let order = snapshot.content.orders[index]
            return [OutputFile(path: OrderView.path(order.slug),
                               text: templates.render(OrderView.context(order, snapshot: snapshot), with: "order"))]
        case .report(let index):
            let status = snapshot.roadmaps[index]
            return [OutputFile(path: ReportView.path(status.roadmap.slug),
                               text: templates.render(ReportView.context(status, snapshot: snapshot), with: "report"))]
        }
    }
}
