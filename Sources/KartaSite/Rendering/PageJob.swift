import KartaCore

/// One page to render (a school's page and fragment are one job); jobs are independent and run in parallel.
enum PageJob: Sendable {
    case index
    case roadmap(Int)
    case report(Int)
    case school(Int)
    case order(Int)

    static func all(for site: ResolvedSite) -> [PageJob] {
        var jobs: [PageJob] = [.index]
        for index in site.roadmaps.indices {
            jobs.append(.roadmap(index))
            jobs.append(.report(index))
        }
        jobs += site.orders.indices.map(PageJob.order)
        jobs += site.schools.indices.map(PageJob.school)
        return jobs
    }

    /// The files this job writes.
    func outputs(_ site: ResolvedSite) -> [String] {
        switch self {
        case .index: [OutputPaths.index]
        case .roadmap(let index): [site.roadmaps[index].path]
        case .report(let index): [site.roadmaps[index].reportPath]
        case .school(let index): [site.schools[index].path, site.schools[index].fragmentPath]
        case .order(let index): [site.orders[index].path]
        }
    }
}
