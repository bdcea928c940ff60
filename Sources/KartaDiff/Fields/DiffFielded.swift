import KartaCore

/// A content type `karta diff` compares field by field, from one list of fields.
protocol DiffFielded: Sendable {
    static var diffFields: [DiffField<Self>] { get }
    /// Stored properties that are not fields of their own, each with why: the identity (`slug`),
    /// a source position, a value derived from a compared one, or parts compared by their own
    /// code (stages, measures).
    static var notCompared: [String: String] { get }
}

extension DiffFielded {
    static var notCompared: [String: String] { [:] }

    /// One detail line per difference of any field.
    static func differences(_ old: Self, _ new: Self) -> [String] {
        diffFields.flatMap { $0.compare(old, new) }
    }

    /// The item as one line: its non-empty fields, in order.
    var diffText: String {
        Self.diffFields.map { $0.text(self) }.filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
