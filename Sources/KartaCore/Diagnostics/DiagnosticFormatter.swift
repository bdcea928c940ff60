/// Prints diagnostics like a compiler: the location line, then the source line and a caret.
public struct DiagnosticFormatter: Sendable {
    public var sources: [String: String]

    /// - Parameter sources: the decoded text of each file, keyed by the path used in locations.
    public init(sources: [String: String]) {
        self.sources = sources
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = diagnostic.description
        guard let text = sources[diagnostic.location.file],
              let line = Self.line(diagnostic.location.line, of: text) else { return out }
        let shown = line.replacingTabs()
        let prefix = line.unicodeScalars.prefix(max(0, diagnostic.location.column - 1))
        let pad = String(String.UnicodeScalarView(prefix)).replacingTabs()
            .unicodeScalars.map { _ in " " }.joined()
        out += "\n" + shown + "\n" + pad + "^"
        return out
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    static func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1 else { return nil }
        var current = 1
        var start = text.startIndex
        while current < number {
            guard let newline = text[start...].firstIndex(of: "\n") else { return nil }
            start = text.index(after: newline)
            current += 1
        }
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return text[start..<end]
    }
}

private extension StringProtocol {
    func replacingTabs() -> String {
        String(self).split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
    }
}
