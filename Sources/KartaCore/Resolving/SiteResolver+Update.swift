extension SiteResolver {
    /// The resolve phase for a change `ContentLoader.update` took in place: the changed roadmaps,
    /// schools and orders are resolved again, and so is every school linked to a changed roadmap
    /// before or after the change; the rest is the previous build's. Nil when a check reports
    /// anything: the caller resolves everything (`resolve`), which reports every problem.
    /// - Parameter previous: the resolve of the content the change was applied to; it had no diagnostic.
    /// - Returns: the site, and the positions of the schools resolved again, sorted.
    public static func update(_ previous: ResolvedSite, with change: ContentChange, asOf: LocalDate,
                              contentDirectory: String) -> (site: ResolvedSite, schools: [Int])? {
        let content = change.loaded.content
        guard previous.diagnostics.all.isEmpty, previous.asOf == asOf, content.undecoded.isEmpty,
              previous.schools.count == content.schools.count, previous.roadmaps.count == content.roadmaps.count,
              previous.orders.count == content.orders.count else { return nil }
        var resolver = SiteResolver(content: content, contentDirectory: contentDirectory)
        resolver.indexSlugs()
        resolver.published = Set(previous.attachments)
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
        resolver.checkApprovals(roadmaps, orders: orders)
        resolver.checkOrderRequisites()
        guard resolver.diagnostics.all.isEmpty else { return nil }
        let site = ResolvedSite(site: content.site, asOf: asOf, schools: schools, roadmaps: roadmaps, orders: orders,
                                attachments: previous.attachments, diagnostics: Diagnostics())
        return (site, positions)
    }
}
