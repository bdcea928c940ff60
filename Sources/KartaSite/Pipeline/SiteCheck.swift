import KartaCore

/// `karta check`: what a build with these options would read, decode, resolve and render, every
/// page in memory; nothing is written.
public struct SiteCheck: Sendable {
    public let loaded: LoadedContent
    public let diagnostics: Diagnostics
    /// Pages rendered in memory; 0 when errors stopped the check before rendering.
    public let pages: Int

    /// - Parameter options: those of the build being checked (the folders, `--as-of`, today);
    ///   the output folder is only checked not to overlap the content.
    public static func run(_ options: BuildOptions, theme: any Theme) -> SiteCheck {
        let load = SiteLoader.load(from: options.content, asOf: options.asOf, today: options.today)
        var diagnostics = load.diagnostics
        if let overlap = options.overlap { diagnostics.report(overlap, at: SourceLocation(file: options.output)) }
        var fragmentCSS = ""
        switch ThemeAssets.load(theme: theme, overrides: options.stylesFolder) {
        case .success(let assets): fragmentCSS = assets.fragmentCSS
        case .failure(let problem): diagnostics.append(problem)
        }
        guard !diagnostics.hasErrors else { return SiteCheck(loaded: load.loaded, diagnostics: diagnostics, pages: 0) }
        let renderer = PageRenderer(site: load.site, theme: theme, fragmentCSS: fragmentCSS)
        let pages = PageJob.all(for: load.site).parallelMap { renderer.render($0).filter(\.isPage).count }.reduce(0, +)
        return SiteCheck(loaded: load.loaded, diagnostics: diagnostics, pages: pages)
    }

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Every diagnostic, sorted by location, with source excerpts.
    public func formattedDiagnostics() -> String {
        loaded.format(diagnostics)
    }

    /// «Проверено файлов: N, страниц: P, ошибок: E, предупреждений: W».
    public var summary: String {
        let pages = pages > 0 ? ", страниц: \(pages)" : ""
        return
            "Проверено файлов: \(loaded.fileCount)\(pages), ошибок: \(diagnostics.errorCount), предупреждений: \(diagnostics.warningCount)"
    }
}
