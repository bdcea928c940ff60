import KartaCore

extension PageJob {
    /// The index and the site data are made from every content file: any change renders them.
    var dependsOnEveryFile: Bool {
        switch self {
        case .index, .siteData: true
        default: false
        }
    }

    /// The content files a page is made from, besides site.yml and the assets.
    func dependencies(_ site: ResolvedSite) -> [String] {
        switch self {
        case .index, .siteData:
            return site.schools.map(\.school.file) + site.roadmaps.map(\.roadmap.file) + site.orders.map(\.order.file)
                + site.meetings.map(\.meeting.file)
        case .roadmap(let index, _), .report(let index, _), .roadmapData(let index):
            // The decisions concerning the roadmap are on its page and in its calendar.
            return site.files(ofRoadmap: index) + site.meetingFiles(site.decisions(concerningRoadmap: index))
        case .school(let index, let docx):
            let school = site.schools[index]
            // With --docx a roadmap's approving order too: its stamp is in the roadmap's Word
            // document, whose size the section shows.
            return [school.school.file] + site.meetingFiles(site.decisions(concerningSchool: index))
                + school.roadmaps.flatMap { link -> [String] in
                    let roadmap = site.roadmaps[link.roadmap]
                    return [roadmap.roadmap.file] + site.indicators[link.roadmap].rounds.map(\.file)
                        + (docx ? roadmap.order.map { [site.orders[$0].order.file] } ?? [] : [])
                }
        case .meeting:
            // The control of earlier decisions reads every meeting, decisions link measures and
            // schools, and the materials show the roadmaps' states and their schools' indicators.
            let named = Set(site.meetings.flatMap { $0.decisions.flatMap(\.schools) })
            return site.meetings.map(\.meeting.file) + site.roadmaps.map(\.roadmap.file)
                + site.schools.indices.filter { !site.schools[$0].roadmaps.isEmpty || named.contains($0) }
                .map { site.schools[$0].school.file }
                + site.indicators.flatMap { $0.rounds.map(\.file) }
        case .order(let index, _):
            let order = site.orders[index]
            var files = [order.order.file]
            for appendix in order.appendices {
                switch appendix {
                case .roadmap(let roadmap): files.append(site.roadmaps[roadmap].roadmap.file)
                case .assignments(_, let schools): files += schools.map { site.schools[$0].school.file }
                case .file: break
                }
            }
            return files
        }
    }

    /// What the page is made from: its files, and everything every page shares.
    /// - Parameters:
    ///   - outputs: the job's `outputs(site)`, made once by the caller.
    ///   - dependencies: the job's `dependencies(site)`, made once by the caller.
    ///   - updated: when each file last changed (`ResolvedSite.updated`): a page says it.
    func fingerprint(
        outputs: [String], dependencies: [String], files: [String: Fingerprint], updated: [String: LocalDate],
        shared: Fingerprint
    ) -> Fingerprint {
        var fingerprint = shared
        // By output paths, not by position: adding a school does not change the others' fingerprints.
        for output in outputs { fingerprint.add(output) }
        for file in dependencies {
            fingerprint.add(file)
            fingerprint.add(files[file] ?? Fingerprint())
            fingerprint.add(UInt64(bitPattern: Int64(updated[file]?.dayNumber ?? 0)))
        }
        return fingerprint
    }
}
