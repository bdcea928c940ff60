import Yams

/// The file being decoded: turns YAML marks into file locations and collects diagnostics.
final class DecodingContext {
    let file: String
    /// Added to YAML line numbers: the front matter starts on line 2 of a `.md` file.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, frontMatterLine: Int) {
        self.file = file
        self.lineOffset = frontMatterLine - 1
    }

    func location(_ mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    func location(_ node: Node) -> SourceLocation { location(node.mark) }

    /// A line and column of the YAML (from 1) in the file.
    func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line + lineOffset, column: column)
    }

    func report(_ problem: DecodeError, at node: Node) {
        diagnostics.append(problem.at(location(node)))
    }

    func report(_ problem: some DiagnosticMessage, at node: Node) {
        diagnostics.append(problem.at(location(node)))
    }

    func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func report(_ problem: some DiagnosticMessage, at location: SourceLocation) {
        diagnostics.append(problem.at(location))
    }
}
