/// A stable, machine-readable kind of problem, e.g. `unknown-key`, which tests and scripts match on.
/// Each error type declares its codes beside its messages (`extension DiagnosticCode`).
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }
}
