/// A block of a Markdown text as a document writes it (an order's text in Word): a paragraph, a
/// list item with its number written out («1.», «1.2.», «•»), or a heading; typeset, line breaks
/// kept as «\n».
public struct TextBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case paragraph, item, heading }

    public let kind: Kind
    public let text: String
}
