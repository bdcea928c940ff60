extension ResolvedSite {
    /// The content files a roadmap's pages are made of: the roadmap, the order approving it, the
    /// schools it lists.
    public func files(ofRoadmap index: Int) -> [String] {
        let roadmap = roadmaps[index]
        return [roadmap.roadmap.file] + [roadmap.order.map { orders[$0].order.file }].compactMap { $0 }
            + roadmap.schools.map { schools[$0].school.file } + indicators[index].rounds.map(\.file)
    }

    /// The day the newest of `files` last changed: «Обновлено» on a page made of them.
    public func updated(_ files: [String]) -> LocalDate? {
        files.compactMap { updated[$0] }.max()
    }

    /// A warning for each roadmap whose content last changed more than `stale_after_days` of
    /// site.yml before the date statuses are computed for (ПП № 1802: a school updates its section
    /// within 10 working days of a change).
    public var staleRoadmaps: [Diagnostic] {
        guard let limit = site.staleAfterDays else { return [] }
        return roadmaps.indices.compactMap { index in
            guard let changed = updated(files(ofRoadmap: index)), asOf.dayNumber - changed.dayNumber > limit
            else { return nil }
            return ResolveError.staleRoadmap(
                updated: changed, asOf: asOf, days: asOf.dayNumber - changed.dayNumber, limit: limit
            ).at(SourceLocation(file: roadmaps[index].roadmap.file))
        }
    }
}
