/// The decode phase's value: the model, every diagnostic so far, and the source texts.
public struct LoadedContent: Sendable {
    public var content: Content
    /// The content folder as given, without a trailing «/».
    public var root: String
    public var diagnostics = Diagnostics()
    /// Decoded text of each file, by the path used in diagnostics, for printing source lines.
    public var sources: [String: String] = [:]
    public var fileCount = 0

    public init(content: Content, root: String) {
        self.content = content
        self.root = root
    }

    /// Formats every diagnostic, sorted by location, with source excerpts.
    public func formattedDiagnostics() -> String {
        DiagnosticFormatter(sources: sources).format(diagnostics.sorted)
    }

}
