/// An error type of a module whose cases become located diagnostics.
public protocol DiagnosticMessage: Error, Sendable {
    var severity: Severity { get }
    var code: DiagnosticCode { get }
    /// The text shown to the user, in Russian.
    var message: String { get }
    /// Other places the problem involves, each with its own text.
    var notes: [Note] { get }
}

extension DiagnosticMessage {
    public var notes: [Note] { [] }

    /// This problem at a location.
    public func at(_ location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: severity, location: location, code: code, message: message, notes: notes)
    }
}
