extension SiteResolver {
    /// The resolve phase for a change `ContentLoader.update` took in place: the changed roadmaps,
    /// schools and orders are resolved again, and so is every school linked to a changed roadmap
    /// before or after the change; the rest is the previous build's, warnings included. Nil when
    /// the attachments changed or a check reports an error: the caller resolves everything
    /// (`resolve`), which reports every problem.
    /// - Parameters:
    ///   - previous: the resolve of the content the change was applied to; it had no error.
    ///   - attachments: the files of `content/files/` now: those published and those refused.
    /// - Returns: the site, and the positions of the schools resolved again, sorted.
    public static func update(
        _ previous: ResolvedSite, with change: ContentChange, asOf: LocalDate,
        attachments scan: AttachmentScan,
        contentDirectory: String
    ) -> (site: ResolvedSite, schools: [Int])? {
        let content = change.loaded.content
        let attachments = scan.published, refused = scan.refused
        guard !previous.diagnostics.hasErrors, previous.asOf == asOf, content.undecoded.isEmpty,
            attachments == previous.attachments,
            previous.schools.count == content.schools.count, previous.roadmaps.count == content.roadmaps.count,
            previous.orders.count == content.orders.count
        else { return nil }
        var resolver = SiteResolver(content: content, contentDirectory: contentDirectory)
        resolver.indexSlugs()
        resolver.published = Set(attachments.map(\.path))
        var roadmaps = previous.roadmaps
        var touched = Set(change.schools)
        for index in change.roadmaps {
            roadmaps[index] = resolver.resolveRoadmap(RoadmapStatus(content.roadmaps[index], asOf: asOf), asOf: asOf)
            touched.formUnion(roadmaps[index].schools)
        }
        if !change.roadmaps.isEmpty {
            // The schools linked to a changed roadmap before: listed by it, or listing it themselves.
            let changed = Set(change.roadmaps)
            for (index, school) in previous.schools.enumerated()
            where school.roadmaps.contains(where: { changed.contains($0.roadmap) }) {
                touched.insert(index)
            }
        }
        let positions = touched.sorted()
        var schools = previous.schools
        for (index, school) in zip(positions, resolver.resolveSchools(positions, roadmaps: roadmaps)) {
            schools[index] = school
        }
        var orders = previous.orders
        for index in change.orders { orders[index] = resolver.resolveOrder(content.orders[index]) }
        // Meetings are few, and a decision names a measure by number: all are linked again.
        let meetings = content.meetings.map { resolver.resolveMeeting($0, roadmaps: roadmaps, asOf: asOf) }
        let (siteWide, indicators) = resolver.checkSite(
            roadmaps, schools: schools, orders: orders, refused: refused, asOf: asOf)
        guard !resolver.diagnostics.hasErrors else { return nil }
        // What each roadmap, school and order resolved again reports is located in its file.
        let again = Set(
            change.roadmaps.map { content.roadmaps[$0].file } + positions.map { content.schools[$0].file }
                + change.orders.map { content.orders[$0].file } + content.meetings.map(\.file))
        let kept = previous.diagnostics.all.filter { diagnostic in
            !again.contains(diagnostic.location.file) && !previous.siteWide.contains(diagnostic)
        }
        let site = ResolvedSite(
            site: content.site, asOf: asOf, schools: schools, roadmaps: roadmaps, orders: orders, meetings: meetings,
            attachments: attachments, indicators: indicators, diagnostics: Diagnostics(kept + resolver.diagnostics.all),
            siteWide: siteWide)
        return (site, positions)
    }
}
