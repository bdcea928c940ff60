import KartaCore

/// What `karta check` reports: the content as a build reads it and, when given, the templates as a
/// build loads them; nothing is rendered or written.
public struct SiteCheck: Sendable {
    public let loaded: LoadedContent
    /// Templates checked; nil when no templates folder was checked.
    public let templateCount: Int?
    public let diagnostics: Diagnostics
    private var templateSources: [String: String] = [:]

    public static func run(content: String, templates: String?) -> SiteCheck {
        let loaded = ContentLoader.load(from: content)
        var diagnostics = loaded.diagnostics
        guard let templates else { return SiteCheck(loaded: loaded, templateCount: nil, diagnostics: diagnostics) }
        var templateSources: [String: String] = [:]
        if case .failure(let problems) = TemplateSet.load(from: templates) {
            diagnostics.append(contentsOf: problems.diagnostics.all)
            templateSources = problems.sources
        }
        let count = FileLister.files(under: templates).filter { $0.hasSuffix(".mustache") }.count
        return SiteCheck(loaded: loaded, templateCount: count, diagnostics: diagnostics, templateSources: templateSources)
    }

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Every diagnostic, sorted by location, with source excerpts.
    public func formattedDiagnostics() -> String {
        DiagnosticFormatter(sources: loaded.sources.merging(templateSources) { content, _ in content }).format(diagnostics.sorted)
    }

    /// «Проверено файлов: N, шаблонов: T, ошибок: E, предупреждений: W».
    public var summary: String {
        let templates = templateCount.map { ", шаблонов: \($0)" } ?? ""
        return "Проверено файлов: \(loaded.fileCount)\(templates), ошибок: \(diagnostics.errorCount), предупреждений: \(diagnostics.warningCount)"
    }
}
