/// One problem found in the content, with where it is and what is wrong, in Russian.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var severity: Severity
    public var location: SourceLocation
    /// A stable machine-readable kind, e.g. `unknown-key`; tests and scripts match on it.
    public var code: DiagnosticCode
    public var message: String
    /// Other places involved («впервые указано здесь»), printed after the diagnostic.
    public var notes: [Note]

    public init(severity: Severity, location: SourceLocation, code: DiagnosticCode, message: String, notes: [Note] = [])
    {
        self.severity = severity
        self.location = location
        self.code = code
        self.message = message
        self.notes = notes
    }

    /// `file:line:column: ошибка: message`, without the source excerpt.
    public var description: String {
        "\(location): \(severity.russianLabel): \(message)"
    }
}

extension Diagnostic: Comparable {
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        if a.location != b.location { return a.location < b.location }
        if a.severity != b.severity { return a.severity == .error }
        return a.message < b.message
    }
}
