import KartaCore

/// What `karta check` reports: the content as a build reads it and, when given, the templates as a
/// build loads them, with every page rendered in memory to find names the templates ask for that
/// no page has; nothing is written.
public struct SiteCheck: Sendable {
    public let loaded: LoadedContent
    /// Templates checked; nil when no templates folder was checked.
    public let templateCount: Int?
    public let diagnostics: Diagnostics
    private var templateSources: [String: String] = [:]

    /// - Parameter asOf: the date statuses are computed for when `site.yml` has none.
    public static func run(content: String, templates: String?, asOf: LocalDate) -> SiteCheck {
        let loaded = ContentLoader.load(from: content)
        var diagnostics = loaded.diagnostics
        guard let templates else { return SiteCheck(loaded: loaded, templateCount: nil, diagnostics: diagnostics) }
        var templateSources: [String: String] = [:]
        switch TemplateSet.load(from: templates) {
        case .failure(let problems):
            diagnostics.append(contentsOf: problems.diagnostics.all)
            templateSources = problems.sources
        case .success(let set) where !diagnostics.hasErrors:
            let unknown = unknownNames(loaded, templates: set, asOf: asOf)
            diagnostics.append(contentsOf: unknown.all)
            templateSources = set.sources
        case .success:
            break
        }
        let count = FileLister.files(under: templates).filter { $0.hasSuffix(".mustache") }.count
        return SiteCheck(loaded: loaded, templateCount: count, diagnostics: diagnostics, templateSources: templateSources)
    }

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Renders every page in memory with traced templates: the names no view model had.
    private static func unknownNames(_ loaded: LoadedContent, templates: TemplateSet, asOf: LocalDate) -> Diagnostics {
        var traced = templates
        let names = UnknownNames()
        traced.unknownNames = names
        let snapshot = SiteSnapshot(content: loaded.content, asOf: loaded.content.site.asOf ?? asOf)
        let partials = PartialRenderer(templates: traced)
        _ = PageJob.all(for: snapshot).parallelMap { $0.render(snapshot, partials: partials).count }
        return traced.unknownNameDiagnostics(names.all)
    }

    /// Every diagnostic, sorted by location, with source excerpts.
    public func formattedDiagnostics() -> String {
        DiagnosticFormatter(content: loaded, templates: templateSources).format(diagnostics.sorted)
    }

    /// «Проверено файлов: N, шаблонов: T, ошибок: E, предупреждений: W».
    public var summary: String {
        let templates = templateCount.map { ", шаблонов: \($0)" } ?? ""
        return "Проверено файлов: \(loaded.fileCount)\(templates), ошибок: \(diagnostics.errorCount), предупреждений: \(diagnostics.warningCount)"
    }
}
