import KartaCore

/// Why a templates folder could not be loaded: the diagnostics and the text of each template they
/// point into, for printing the offending line.
public struct TemplateProblems: Error, Sendable {
    public var diagnostics = Diagnostics()
    /// Template texts by the path used in the diagnostics.
    public var sources: [String: String] = [:]
}
