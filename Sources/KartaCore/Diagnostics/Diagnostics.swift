/// The diagnostics of a run, in the order they were found.
public struct Diagnostics: Error, Sendable {
    public private(set) var all: [Diagnostic] = []

    public init(_ all: [Diagnostic] = []) {
        self.all = all
    }

    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    public mutating func append(contentsOf other: [Diagnostic]) {
        all.append(contentsOf: other)
    }

    public mutating func report(_ problem: some DiagnosticMessage, at location: SourceLocation) {
        all.append(problem.at(location))
    }

    public var errorCount: Int { all.count { $0.severity == .error } }
    public var warningCount: Int { all.count { $0.severity == .warning } }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Sorted by file, line and column, so that output does not depend on the order of work.
    public var sorted: [Diagnostic] { all.sorted() }
}
