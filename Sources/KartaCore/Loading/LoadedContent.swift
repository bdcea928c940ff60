/// The outcome of loading a content folder: the model, every diagnostic, and the source texts.
public struct LoadedContent: Sendable {
    public var content: Content
    public var diagnostics = Diagnostics()
    /// Decoded text of each file, by the path used in diagnostics, for printing source lines.
    public var sources: [String: String] = [:]
    public var fileCount = 0
    /// Seconds per phase: load (read files), decode, resolve.
    public var timings: [(phase: String, seconds: Double)] = []

    public init(content: Content) {
        self.content = content
    }

    /// Formats every diagnostic, sorted by location, with source excerpts.
    public func formattedDiagnostics() -> String {
        DiagnosticFormatter(sources: sources).format(diagnostics.sorted)
    }

    /// «Проверено файлов: N, ошибок: E, предупреждений: W».
    public var summary: String {
        "Проверено файлов: \(fileCount), ошибок: \(diagnostics.errorCount), предупреждений: \(diagnostics.warningCount)"
    }
}
