import KartaCore

/// One page to render (a school's page and fragment are one job); jobs are independent and run in parallel.
enum PageJob: Sendable, Hashable {
    case index
    case roadmap(Int)
    case report(Int)
    case school(Int)
    /// The order's page, and its Word document when `docx`.
    case order(Int, docx: Bool)
    /// `data/site.json` and `data/schema.json`.
    case siteData
    /// A roadmap's JSON, calendar and table (`OpenData`, `CalendarWriter`, `MeasuresCSV`).
    case roadmapData(Int)

    static func all(for site: ResolvedSite, docx: Bool = false) -> [PageJob] {
        var jobs: [PageJob] = [.index, .siteData]
        for index in site.roadmaps.indices {
            jobs.append(.roadmap(index))
            jobs.append(.report(index))
            jobs.append(.roadmapData(index))
        }
        jobs += site.orders.indices.map { PageJob.order($0, docx: docx) }
        jobs += site.schools.indices.map(PageJob.school)
        return jobs
    }

    /// The files this job writes.
    func outputs(_ site: ResolvedSite) -> [String] {
        switch self {
        case .index: [OutputPaths.index]
        case .roadmap(let index): [site.roadmaps[index].path]
        case .report(let index): [site.roadmaps[index].reportPath]
        case .school(let index):
            [site.schools[index].path, site.schools[index].fragmentPath, OutputPaths.schoolCalendar(site.schools[index].school.slug)]
        case .order(let index, let docx):
            [site.orders[index].path] + (docx ? [OutputPaths.orderDocx(site.orders[index].order.slug)] : [])
        case .siteData: [OutputPaths.siteData, OutputPaths.dataSchema]
        case .roadmapData(let index):
            [OutputPaths.roadmapData(site.roadmaps[index].roadmap.slug), OutputPaths.roadmapCalendar(site.roadmaps[index].roadmap.slug),
             OutputPaths.roadmapCSV(site.roadmaps[index].roadmap.slug)]
        }
    }
}
