/// The resolve phase: links schools, roadmaps and orders by slug, computes every measure's state
/// as of the date and every output path, and reports in the same pass what no single file can
/// (duplicate slugs and ids, references to nothing, unsafe or missing files, terms not understood).
public struct SiteResolver {
    let content: Content
    private let contentDirectory: String
    var published: Set<String> = []
    var diagnostics = Diagnostics()
    private(set) var schoolIndex: [String: Int] = [:]
    private(set) var roadmapIndex: [String: Int] = [:]
    private var orderIndex: [String: Int] = [:]
    private var meetingIndex: [String: Int] = [:]

    /// - Parameters:
    ///   - contentDirectory: where the files that links name are looked for.
    ///   - attachments: a scan of `files/` already made; nil to scan now.
    public static func resolve(
        _ content: Content, asOf: LocalDate, contentDirectory: String,
        attachments: AttachmentScan? = nil
    ) -> ResolvedSite {
        var resolver = SiteResolver(content: content, contentDirectory: contentDirectory)
        return resolver.resolve(
            asOf: asOf, attachments: attachments ?? AttachmentScan(contentDirectory: contentDirectory))
    }

    init(content: Content, contentDirectory: String) {
        self.content = content
        self.contentDirectory = contentDirectory
    }

    private mutating func resolve(asOf: LocalDate, attachments scan: AttachmentScan) -> ResolvedSite {
        indexSlugs()
        let attachments = scan.published, refused = scan.refused
        published = Set(attachments.map(\.path))
        let statuses = content.roadmaps.parallelMap { RoadmapStatus($0, asOf: asOf) }
        let roadmaps = statuses.map { resolveRoadmap($0, asOf: asOf) }
        let schools = resolveSchools(Array(content.schools.indices), roadmaps: roadmaps)
        var orders: [ResolvedOrder] = []
        for order in content.orders { orders.append(resolveOrder(order)) }
        let meetings = content.meetings.map { resolveMeeting($0, roadmaps: roadmaps, asOf: asOf) }
        let (siteWide, indicators) = checkSite(roadmaps, schools: schools, orders: orders, refused: refused, asOf: asOf)
        return ResolvedSite(
            site: content.site, asOf: asOf, schools: schools, roadmaps: roadmaps, orders: orders,
            meetings: meetings, attachments: attachments, indicators: indicators, diagnostics: diagnostics,
            siteWide: siteWide)
    }

    /// The checks of the whole site, with the attachments the scan refused, and the indicators'
    /// values, which link tables and schools to roadmaps: what they report, and the values.
    mutating func checkSite(
        _ roadmaps: [ResolvedRoadmap], schools: [ResolvedSchool], orders: [ResolvedOrder], refused: Diagnostics,
        asOf: LocalDate
    ) -> (Set<Diagnostic>, [RoadmapIndicators]) {
        let start = diagnostics.all.count
        diagnostics.append(contentsOf: refused.all)
        checkApprovals(roadmaps, orders: orders)
        checkOrderRequisites()
        let indicators = resolveIndicators(roadmaps, schools: schools, asOf: asOf)
        return (Set(diagnostics.all[start...]), indicators)
    }

    mutating func indexSlugs() {
        schoolIndex = index(content.schools.map { ($0.slug, $0.file) }, kind: .school)
        roadmapIndex = index(content.roadmaps.map { ($0.slug, $0.file) }, kind: .roadmap)
        orderIndex = index(content.orders.map { ($0.slug, $0.file) }, kind: .order)
        meetingIndex = index(content.meetings.map { ($0.slug, $0.file) }, kind: .meeting)
    }

    mutating func resolveRoadmap(_ status: RoadmapStatus, asOf: LocalDate) -> ResolvedRoadmap {
        let roadmap = status.roadmap
        var order: Int?
        if let approvedBy = roadmap.approvedBy { order = link([approvedBy], to: .order).first }
        let resolved = ResolvedRoadmap(
            status: status, paths: OutputPaths.roadmapFiles(roadmap.slug), schools: link(roadmap.schools, to: .school),
            order: order)
        checkEvents(of: roadmap, asOf: asOf)
        return resolved
    }

    /// The schools at `positions`, each with the roadmaps it lists or that list it, in slug order.
    mutating func resolveSchools(_ positions: [Int], roadmaps: [ResolvedRoadmap]) -> [ResolvedSchool] {
        var bySchool: [Set<Int>] = Array(repeating: [], count: content.schools.count)
        for (index, roadmap) in roadmaps.enumerated() {
            for school in roadmap.schools { bySchool[school].insert(index) }
        }
        for index in positions {
            let school = content.schools[index]
            for document in school.documents {
                LinkChecker.check(document.href, at: document.location, published: published, into: &diagnostics)
                if let signed = document.signed {
                    LinkChecker.check(signed.value, at: signed.location, published: published, into: &diagnostics)
                }
            }
            for roadmap in link(school.roadmaps, to: .roadmap) { bySchool[index].insert(roadmap) }
        }
        // On all cores: 10,000 schools each look up their measures in their roadmaps.
        let linked = bySchool
        return positions.parallelMap { [content] index in
            let school = content.schools[index]
            var total = Progress()
            let links = linked[index].sorted().map { roadmap in
                let status = roadmaps[roadmap].status
                let items = status.indices(concerning: school.slug)
                let progress = Progress(items.map { status.items[$0].state })
                total.add(progress)
                return ResolvedSchool.RoadmapLink(roadmap: roadmap, items: items, progress: progress)
            }
            return ResolvedSchool(
                school: school, paths: OutputPaths.schoolFiles(school.slug), roadmaps: links, progress: total)
        }
    }

    mutating func resolveOrder(_ order: Order) -> ResolvedOrder {
        var printed: [String: SourceLocation] = [:]
        let appendices = order.appendices.compactMap { appendix -> ResolvedOrder.Appendix? in
            switch appendix {
            case .roadmap(let slug):
                if let first = printed[slug.value] {
                    diagnostics.report(
                        ResolveError.repeatedReference(slug: slug.value, first: first), at: slug.location)
                    return nil
                }
                printed[slug.value] = slug.location
                return link([slug], to: .roadmap).first.map(ResolvedOrder.Appendix.roadmap)
            case .assignments(let kind, let schools):
                return .assignments(kind, schools: link(schools, to: .school))
            case .file(let link):
                LinkChecker.check(link.href, at: link.location, published: published, into: &diagnostics)
                return .file(link)
            }
        }
        if let signed = order.signed {
            LinkChecker.check(signed.value, at: signed.location, published: published, into: &diagnostics)
        }
        return ResolvedOrder(order: order, paths: OutputPaths.orderFiles(order.slug), appendices: appendices)
    }

    /// Each decision linked to what it concerns: a roadmap, a measure of it by number, schools.
    mutating func resolveMeeting(_ meeting: Meeting, roadmaps: [ResolvedRoadmap], asOf: LocalDate) -> ResolvedMeeting {
        var decisions: [ResolvedMeeting.Decision] = []
        for (item, agendaItem) in meeting.agenda.enumerated() {
            for (position, decision) in agendaItem.decisions.enumerated() {
                let roadmap = decision.roadmap.flatMap { link([$0], to: .roadmap).first }
                var measure: Int?
                if let roadmap, let id = decision.measure {
                    let items = roadmaps[roadmap].status.items
                    measure = items.firstIndex { $0.event.id == id.value }
                    if measure == nil {
                        let suggestion = NearestWord.find(id.value, among: items.map(\.event.id).filter { !$0.isEmpty })
                        diagnostics.report(
                            ResolveError.unknownMeasure(
                                id.value, roadmap: roadmaps[roadmap].roadmap.slug, suggestion: suggestion),
                            at: id.location)
                    }
                }
                if let done = decision.done, done > asOf {
                    diagnostics.report(ResolveError.doneAfterAsOf(done: done, asOf: asOf), at: decision.location)
                }
                for link in decision.evidence {
                    LinkChecker.check(link.href, at: link.location, published: published, into: &diagnostics)
                }
                decisions.append(
                    ResolvedMeeting.Decision(
                        decision: decision, item: item, position: position, roadmap: roadmap, measure: measure,
                        schools: link(decision.schools, to: .school)))
            }
        }
        return ResolvedMeeting(meeting: meeting, paths: MeetingPaths(slug: meeting.slug), decisions: decisions)
    }

    /// Slugs to positions; a slug seen before is reported at the later file and keeps the first.
    private mutating func index(_ items: [(slug: String, file: String)], kind: ContentKind) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, item) in items.enumerated() {
            if let earlier = index[item.slug] {
                diagnostics.report(
                    ResolveError.duplicateSlug(
                        item.slug, kind: kind,
                        first: SourceLocation(file: items[earlier].file)),
                    at: SourceLocation(file: item.file))
            } else {
                index[item.slug] = position
            }
        }
        return index
    }

    /// A roadmap's `approved_by` names an order whose appendices should print it.
    private mutating func checkApprovals(_ roadmaps: [ResolvedRoadmap], orders: [ResolvedOrder]) {
        for (index, roadmap) in roadmaps.enumerated() {
            guard let order = roadmap.order, let approvedBy = roadmap.roadmap.approvedBy else { continue }
            let printed = orders[order].appendices.contains { if case .roadmap(index) = $0 { true } else { false } }
            if !printed {
                diagnostics.report(ResolveError.approvalNotInOrder(order: approvedBy.value), at: approvedBy.location)
            }
        }
    }

    /// Two orders, or two protocols, with one number and date are one document entered twice, or a typo.
    private mutating func checkOrderRequisites() {
        checkRequisites(content.orders.map { ($0.number, $0.date, $0.file) }, ResolveError.duplicateOrder)
        checkRequisites(content.meetings.map { ($0.number, $0.date, $0.file) }, ResolveError.duplicateMeeting)
    }

    private mutating func checkRequisites(
        _ documents: [(number: String, date: LocalDate?, file: String)],
        _ problem: (String, LocalDate, SourceLocation) -> ResolveError
    ) {
        var seen: [String: SourceLocation] = [:]
        for document in documents where !document.number.isEmpty {
            guard let date = document.date else { continue }
            let location = SourceLocation(file: document.file)
            if let first = seen["\(document.number)|\(date.iso)"] {
                diagnostics.report(problem(document.number, date, first), at: location)
            } else {
                seen["\(document.number)|\(date.iso)"] = location
            }
        }
    }

    /// The positions of the slugs that name something, each once; each that names nothing is
    /// reported with the nearest known slug, each named again is reported as a repeat.
    private mutating func link(_ references: [Located<String>], to kind: ContentKind) -> [Int] {
        let index =
            switch kind {
            case .school: schoolIndex
            case .roadmap: roadmapIndex
            case .order: orderIndex
            case .meeting: meetingIndex
            }
        var first: [String: SourceLocation] = [:]
        return references.compactMap { reference in
            if let earlier = first[reference.value] {
                diagnostics.report(
                    ResolveError.repeatedReference(slug: reference.value, first: earlier), at: reference.location)
                return nil
            }
            first[reference.value] = reference.location
            if let position = index[reference.value] { return position }
            if content.undecoded[kind]?.contains(reference.value) == true { return nil }
            let suggestion = NearestWord.find(reference.value, among: index.keys.sorted())
            diagnostics.report(
                ResolveError.unknownReference(kind: kind, slug: reference.value, suggestion: suggestion),
                at: reference.location)
            return nil
        }
    }

    private mutating func checkEvents(of roadmap: Roadmap, asOf: LocalDate) {
        var seen: [String: SourceLocation] = [:]
        for event in roadmap.events {
            if let done = event.done, done > asOf {
                diagnostics.report(ResolveError.doneAfterAsOf(done: done, asOf: asOf), at: event.location)
            }
            _ = link(event.schools, to: .school)
            for link in event.evidence {
                LinkChecker.check(link.href, at: link.location, published: published, into: &diagnostics)
            }
            checkTerm(of: event, in: roadmap)
            guard !event.id.isEmpty else { continue }
            if let first = seen[event.id] {
                diagnostics.report(ResolveError.duplicateEventID(event.id, first: first), at: event.location)
            } else {
                seen[event.id] = event.location
            }
        }
    }

    private mutating func checkTerm(of event: Event, in roadmap: Roadmap) {
        guard !event.when.isEmpty else { return }
        let schedule = event.schedule
        if schedule.kind == .unknown {
            diagnostics.report(ScheduleError.unknownTerm(event.when), at: event.whenLocation)
        } else if let first = schedule.firstDay, let last = schedule.lastDay,
            schedule.kind == .dates
                ? first < roadmap.period.start || last > roadmap.period.end
                : last < roadmap.period.start || first > roadmap.period.end
        {
            diagnostics.report(
                ScheduleError.outsidePeriod(event.when, period: roadmap.period.russianDescription),
                at: event.whenLocation)
        }
    }
}
