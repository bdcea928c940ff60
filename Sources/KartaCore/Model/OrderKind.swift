/// The kind of act an order is. The document's own word (`word`: «ПРИКАЗ», «Распоряжение») is
/// kept for display; `act` gives what grammar and layout need («приказом», «к приказу»,
/// «ПРИКАЗЫВАЮ:») whatever case or spacing the document used.
public struct OrderKind: Sendable, Hashable {
    public enum Act: Sendable, Hashable, CaseIterable {
        case order, instruction, resolution, decision
        /// A word karta does not know; grammar falls back to an order's.
        case other
    }

    public let act: Act
    /// As the document writes it.
    public let word: String

    /// The kind a document's word names: «П Р И К А З», «приказ» and «ПРИКАЗ» are one act.
    public init(word: String) {
        self.word = word
        let squeezed = String(word.unicodeScalars.filter { !$0.properties.isWhitespace }).uppercased()
        act = Act.allCases.first { $0.word == squeezed } ?? .other
    }

    public static let order = OrderKind(word: "ПРИКАЗ")
}
