/// Decode → resolve after the read: the one way from content files to a `ResolvedSite`, with the
/// one rule for the date statuses are computed for (`Site.statusDate`).
public enum SiteLoader {
    /// - Parameters:
    ///   - asOf: the date asked for (`--as-of`), if any.
    ///   - today: the date when neither `asOf` nor `as_of` of site.yml gives one.
    ///   - timings: `decode` and `resolve` are added, laps of `clock`.
    ///   - attachments: a scan of `files/` the caller already made; nil to scan now.
    public static func load(
        _ sources: ContentSources, asOf: LocalDate?, today: LocalDate, attachments: AttachmentScan? = nil,
        timings: inout PhaseTimings, clock: inout PhaseClock
    ) -> LoadedSite {
        let loaded = ContentLoader.decode(sources)
        timings[.decode] += clock.lap()
        var site = SiteResolver.resolve(
            loaded.content, asOf: loaded.content.site.statusDate(asked: asOf, today: today),
            contentDirectory: loaded.root, attachments: attachments)
        site.updated = loaded.dates.byFile
        timings[.resolve] += clock.lap()
        return LoadedSite(
            loaded: loaded, site: site,
            diagnostics: Diagnostics(loaded.diagnostics.all + site.diagnostics.all + dateWarnings(loaded, site)))
    }

    /// Roadmaps not updated for longer than site.yml allows, and a history too short to date them.
    public static func dateWarnings(_ loaded: LoadedContent, _ site: ResolvedSite) -> [Diagnostic] {
        let shallow =
            loaded.dates.shallow ? [ReadError.shallowHistory.at(SourceLocation(file: loaded.root))] : []
        return shallow + site.staleRoadmaps
    }

    /// Reads the folder first.
    public static func load(from content: String, asOf: LocalDate?, today: LocalDate) -> LoadedSite {
        var timings = PhaseTimings(), clock = PhaseClock()
        return load(ContentLoader.read(from: content), asOf: asOf, today: today, timings: &timings, clock: &clock)
    }
}
