/// Carries quote nesting and the last character across the text nodes of one block.
public struct QuoteState: Sendable {
    var depth = 0
    var last: Unicode.Scalar?

    public init() {}
}
