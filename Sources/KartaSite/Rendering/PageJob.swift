import KartaCore

/// One page to render (a school's page and fragment are one job); jobs are independent and run in parallel.
enum PageJob: Sendable, Hashable {
    case index
    /// The roadmap's page, its printable document, and its Word document (`roadmap.docx`) when `docx`.
    case roadmap(Int, docx: Bool)
    /// The report, and with `docx` its Word document (`report.docx`), linking the roadmap's too.
    case report(Int, docx: Bool)
    /// A school's page, fragment and calendar; with `docx` its own roadmaps' Word documents are
    /// linked with their size.
    case school(Int, docx: Bool)
    /// The order's page, and its Word document when `docx`.
    case order(Int, docx: Bool)
    /// A meeting's protocol, and its Word document when `docx`.
    case meeting(Int, docx: Bool)
    /// `data/site.json` and `data/schema.json`.
    case siteData
    /// A roadmap's JSON, calendar and table (`OpenData`, `CalendarWriter`, `MeasuresCSV`).
    case roadmapData(Int)

    static func all(for site: ResolvedSite, docx: Bool = false) -> [PageJob] {
        var jobs: [PageJob] = [.index, .siteData]
        for index in site.roadmaps.indices {
            jobs.append(.roadmap(index, docx: docx))
            jobs.append(.report(index, docx: docx))
            jobs.append(.roadmapData(index))
        }
        jobs += site.orders.indices.map { PageJob.order($0, docx: docx) }
        jobs += site.meetings.indices.map { PageJob.meeting($0, docx: docx) }
        jobs += site.schools.indices.map { PageJob.school($0, docx: docx) }
        return jobs
    }

    /// The files this job writes.
    func outputs(_ site: ResolvedSite) -> [String] {
        switch self {
        case .index: [OutputPaths.index]
        case .roadmap(let index, let docx):
            [site.roadmaps[index].paths.page, site.roadmaps[index].paths.document]
                + (docx ? [site.roadmaps[index].paths.docx] : [])
        case .report(let index, let docx):
            [site.roadmaps[index].paths.report] + (docx ? [site.roadmaps[index].paths.reportDocx] : [])
        case .school(let index, _):
            [site.schools[index].paths.page, site.schools[index].paths.fragment, site.schools[index].paths.calendar]
        case .order(let index, let docx):
            [site.orders[index].paths.page] + (docx ? [site.orders[index].paths.docx] : [])
        case .meeting(let index, let docx):
            [site.meetings[index].paths.page, site.meetings[index].paths.materials]
                + site.meetings[index].extractItems.map(site.meetings[index].paths.extract)
                + (docx ? [site.meetings[index].paths.docx] : [])
        case .siteData: [OutputPaths.siteData, OutputPaths.dataSchema]
        case .roadmapData(let index):
            [site.roadmaps[index].paths.data, site.roadmaps[index].paths.calendar, site.roadmaps[index].paths.table]
                + (site.roadmaps[index].roadmap.indicators.isEmpty ? [] : [site.roadmaps[index].paths.indicators])
        }
    }
}
