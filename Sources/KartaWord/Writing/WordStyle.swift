/// How a written paragraph looks. Sizes in points and millimetres, as a document's rules state them.
public struct WordStyle: Sendable, Equatable {
    public var alignment: WordParagraph.Alignment = .both
    public var bold = false
    /// Font size in points; nil for the document's (14 pt).
    public var size: Double?
    /// The first line indented 1.25 cm (ГОСТ Р 7.0.97).
    public var firstLineIndent = true
    /// From the left margin, mm: a block that sits at the right of the page («Приложение 1 …»).
    public var leftIndent: Double = 0
    public var spaceBefore: Double = 0
    public var spaceAfter: Double = 0
    public var keepWithNext = false
    /// A right-aligned tab stop at the right margin: «29.09.2023 <tab> № 345».
    public var rightTab = false

    public init() {}

    public static let body = WordStyle()

    public static func plain(_ alignment: WordParagraph.Alignment = .left, bold: Bool = false) -> WordStyle {
        var style = WordStyle()
        style.alignment = alignment
        style.bold = bold
        style.firstLineIndent = false
        return style
    }
}
