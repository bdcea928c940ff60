import KartaCore

/// `karta check`: read → decode → resolve as a build does them, then every page rendered in
/// memory; nothing is written.
public struct SiteCheck: Sendable {
    public let loaded: LoadedContent
    public let diagnostics: Diagnostics
    /// Pages rendered in memory; 0 when errors stopped the check before rendering.
    public let pages: Int

    /// - Parameters:
    ///   - templates: a templates folder whose `assets/` override the theme's; nil for `Templates/`
    ///     beside the content folder when there is one.
    ///   - asOf: the date statuses are computed for when `site.yml` has none.
    public static func run(content: String, templates: String?, asOf: LocalDate, theme: any Theme) -> SiteCheck {
        let loaded = ContentLoader.decode(ContentLoader.read(from: content))
        var diagnostics = loaded.diagnostics
        let site = SiteResolver.resolve(loaded.content, asOf: loaded.content.site.asOf ?? asOf, contentDirectory: loaded.root)
        diagnostics.append(contentsOf: site.diagnostics.all)
        var fragmentCSS = ""
        switch ThemeAssets.load(theme: theme, overrides: ThemeAssets.overrides(templates: templates, content: content)) {
        case .success(let assets): fragmentCSS = assets.fragmentCSS
        case .failure(let problem): diagnostics.append(problem)
        }
        guard !diagnostics.hasErrors else { return SiteCheck(loaded: loaded, diagnostics: diagnostics, pages: 0) }
        let renderer = PageRenderer(site: site, theme: theme, fragmentCSS: fragmentCSS)
        let pages = PageJob.all(for: site).parallelMap { renderer.render($0).filter(\.isPage).count }.reduce(0, +)
        return SiteCheck(loaded: loaded, diagnostics: diagnostics, pages: pages)
    }

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Every diagnostic, sorted by location, with source excerpts.
    public func formattedDiagnostics() -> String {
        loaded.format(diagnostics)
    }

    /// «Проверено файлов: N, страниц: P, ошибок: E, предупреждений: W».
    public var summary: String {
        let pages = pages > 0 ? ", страниц: \(pages)" : ""
        return "Проверено файлов: \(loaded.fileCount)\(pages), ошибок: \(diagnostics.errorCount), предупреждений: \(diagnostics.warningCount)"
    }
}
