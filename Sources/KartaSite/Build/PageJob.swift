import KartaCore

/// One page to render; pages are rendered independently, in parallel.
enum PageJob: Sendable {
    case index
    case roadmap(Int)
    case school(Int)
    case schoolFragment(Int)

    static func all(for snapshot: SiteSnapshot) -> [PageJob] {
        var jobs: [PageJob] = [.index]
        jobs += snapshot.roadmaps.indices.map(PageJob.roadmap)
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
        }
    }
}
