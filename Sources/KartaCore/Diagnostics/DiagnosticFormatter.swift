/// Prints diagnostics like a compiler: the location line, then the source line and a caret.
///
/// Bounded however odd the input: each file's lines are indexed once (not searched again for every
/// diagnostic), a long line is shown as a window around the column, and at most
/// `perFileLimit` diagnostics of a file are printed — the rest are counted in one line.
public struct DiagnosticFormatter: Sendable {
    public var sources: [String: String]
    /// Diagnostics printed per file; a file with thousands of problems has one cause to fix first.
    public static let perFileLimit = 100
    /// Scalars of a source line shown on each side of the column.
    static let window = 60

    /// - Parameter sources: the decoded text of each file, keyed by the path used in locations.
    public init(sources: [String: String]) {
        self.sources = sources
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var lines: [String: [String.Index]] = [:]
        return format(diagnostic, lines: &lines)
    }

    /// Diagnostics in the order given, each file's beyond `perFileLimit` counted at its end.
    public func format(_ diagnostics: [Diagnostic]) -> String {
        var lines: [String: [String.Index]] = [:]
        var printed: [String: Int] = [:]
        var hidden: [String: Int] = [:]
        var order: [String] = []
        var blocks: [String: [String]] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location.file
            if blocks[file] == nil {
                order.append(file)
                blocks[file] = []
            }
            if printed[file, default: 0] >= Self.perFileLimit {
                hidden[file, default: 0] += 1
                continue
            }
            printed[file, default: 0] += 1
            blocks[file, default: []].append(format(diagnostic, lines: &lines))
        }
        return order.flatMap { file -> [String] in
            let rest =
                hidden[file].map {
                    [
                        "\(file): не показано сообщений об этом файле: \($0) (показываются первые \(Self.perFileLimit)); исправьте показанные и проверьте снова"
                    ]
                } ?? []
            return blocks[file, default: []] + rest
        }.joined(separator: "\n")
    }

    private func format(_ diagnostic: Diagnostic, lines: inout [String: [String.Index]]) -> String {
        var out = diagnostic.description + excerpt(at: diagnostic.location, lines: &lines)
        for note in diagnostic.notes {
            out += "\n\(note.location): примечание: \(note.message)" + excerpt(at: note.location, lines: &lines)
        }
        return out
    }

    /// The source line and a caret under the column; empty without a position or a source.
    private func excerpt(at location: SourceLocation, lines: inout [String: [String.Index]]) -> String {
        guard let position = location.position, let text = sources[location.file] else { return "" }
        if lines[location.file] == nil { lines[location.file] = Self.lineStarts(of: text) }
        guard let line = Self.line(position.line, of: text, starts: lines[location.file]!) else { return "" }
        let scalars = Array(line.unicodeScalars)
        let column = min(max(0, position.column - 1), scalars.count)
        // A line of megabytes (one pasted cell) is shown around the column, not whole.
        let start = max(0, column - Self.window), end = min(scalars.count, column + Self.window)
        let lead = start > 0 ? "…" : "", tail = end < scalars.count ? "…" : ""
        let shown = lead + String(String.UnicodeScalarView(scalars[start..<end])) + tail
        let pad = lead + String(String.UnicodeScalarView(scalars[start..<column]))
        return "\n" + shown.replacingTabs() + "\n" + pad.replacingTabs().unicodeScalars.map { _ in " " }.joined() + "^"
    }

    /// Where each line of `text` starts.
    static func lineStarts(of text: String) -> [String.Index] {
        var starts = [text.startIndex]
        var index = text.startIndex
        while let newline = text[index...].firstIndex(of: "\n") {
            index = text.index(after: newline)
            starts.append(index)
        }
        return starts
    }

    static func line(_ number: Int, of text: String, starts: [String.Index]) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        let end = text[start...].firstIndex(of: "\n") ?? text.endIndex
        return text[start..<end]
    }
}

private extension StringProtocol {
    func replacingTabs() -> String {
        String(self).split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ")
    }
}
