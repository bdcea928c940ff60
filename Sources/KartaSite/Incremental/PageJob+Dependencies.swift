import KartaCore

extension PageJob {
    /// The content files a page is made from, besides site.yml and the templates.
    func dependencies(_ snapshot: SiteSnapshot) -> [String] {
        let content = snapshot.content
        switch self {
        case .index:
            return content.schools.map(\.file) + content.roadmaps.map(\.file) + content.orders.map(\.file)
        case .roadmap(let index), .report(let index):
            let roadmap = content.roadmaps[index]
            return [roadmap.file]
                + [roadmap.approvedBy.flatMap { snapshot.order($0.value)?.file }].compactMap { $0 }
                + roadmap.schools.compactMap { snapshot.school($0.value)?.file }
        case .school(let index):
            let school = content.schools[index]
            return [school.file] + snapshot.roadmaps(of: school).map(\.roadmap.file)
        case .order(let index):
            let order = content.orders[index]
            var files = [order.file]
            for appendix in order.appendices {
                switch appendix {
                case .roadmap(let slug): files += [snapshot.roadmap(slug.value)?.roadmap.file].compactMap { $0 }
                case .assignments(_, let schools): files += schools.compactMap { snapshot.school($0.value)?.file }
                case .file: break
                }
            }
            return files
        }
    }

    /// The files this job writes.
    func outputs(_ snapshot: SiteSnapshot) -> [String] {
        switch self {
        case .index: [IndexView.path]
        case .roadmap(let index): [RoadmapView.path(snapshot.roadmaps[index].roadmap.slug)]
        case .report(let index): [ReportView.path(snapshot.roadmaps[index].roadmap.slug)]
        case .school(let index):
            [SchoolView.path(snapshot.content.schools[index].slug), SchoolView.fragmentPath(snapshot.content.schools[index].slug)]
        case .order(let index): [OrderView.path(snapshot.content.orders[index].slug)]
        }
    }

    /// What the page is made from: its files, and everything every page shares.
    func fingerprint(_ snapshot: SiteSnapshot, files: [String: Fingerprint], shared: Fingerprint) -> Fingerprint {
        var fingerprint = shared
        // By output paths, not by position: adding a school does not change the others' fingerprints.
        for output in outputs(snapshot) { fingerprint.add(output) }
        for file in dependencies(snapshot) {
            fingerprint.add(file)
            fingerprint.add(files[file] ?? Fingerprint())
        }
        return fingerprint
    }
}
