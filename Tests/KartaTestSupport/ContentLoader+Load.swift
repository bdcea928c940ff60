import KartaCore

extension ContentLoader {
    /// Read, decode and resolve's checks: every problem of a content folder, for tests that need
    /// no pages. Without `as_of` in site.yml, no date of the content counts as future.
    public static func load(from directory: String) -> LoadedContent {
        let load = SiteLoader.load(
            from: directory, asOf: nil, today: LocalDate(year: Limits.years.upperBound, month: 12, day: 31)!)
        var loaded = load.loaded
        loaded.diagnostics = load.diagnostics
        return loaded
    }
}
