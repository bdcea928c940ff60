/// Where a problem is: a file, and a position in it when the problem has one (a file that cannot
/// be read, is a link or is too large has none — no made-up `1:1`).
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A 1-based line and column (column counted in Unicode scalars, as libyaml counts).
    public struct Position: Hashable, Sendable {
        public var line: Int
        public var column: Int
    }

    public var file: String
    public var position: Position?

    public init(file: String, line: Int, column: Int) {
        self.file = file
        position = Position(line: line, column: column)
    }

    /// The file as a whole.
    public init(file: String) {
        self.file = file
        position = nil
    }

    /// 0 for the file as a whole, so that such problems sort first.
    public var line: Int { position?.line ?? 0 }
    public var column: Int { position?.column ?? 0 }

    /// `file:line:column`, `file` for the file as a whole, and `file, лист 1, C3` for a cell of a
    /// workbook.
    public var description: String {
        if let sheetCell { return "\(file), \(sheetCell)" }
        return position.map { "\(file):\($0.line):\($0.column)" } ?? file
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
