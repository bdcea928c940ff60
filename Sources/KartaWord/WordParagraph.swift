/// A paragraph: its number (Word's automatic numbering, written out), text and look.
public struct WordParagraph: Sendable, Equatable {
    public enum Alignment: String, Sendable {
        case left, center, right, both
    }

    /// «1.», «1.1.», «а)» from `numbering.xml`; empty when the paragraph is not in a list.
    public var number: String
    /// The text; a line break inside the paragraph is «\n», footnote marks are superscript
    /// digits («¹»), superscript digits typed by hand too.
    public var text: String
    public var alignment: Alignment
    /// Every character of the text is bold.
    public var bold: Bool

    public init(number: String = "", text: String, alignment: Alignment = .left, bold: Bool = false) {
        self.number = number
        self.text = text
        self.alignment = alignment
        self.bold = bold
    }

    /// The number and the text as a reader sees them: «1. Утвердить …».
    public var numberedText: String {
        number.isEmpty ? text : text.isEmpty ? number : number + " " + text
    }
}
