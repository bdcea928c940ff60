/// The body of a Word document as a reader sees it: paragraphs and tables in order, automatic
/// numbers written out, footnotes by their marks. Knows nothing of what the document is about.
public struct WordDocument: Sendable, Equatable {
    public var blocks: [WordBlock]
    /// The footnotes in the order of their marks: «¹» → the note's text.
    public var footnotes: [Footnote]

    public struct Footnote: Sendable, Equatable {
        /// The mark as it stands in the text: «¹», «²», or a custom mark.
        public let mark: String
        public let text: String
    }

    public init(blocks: [WordBlock] = [], footnotes: [Footnote] = []) {
        self.blocks = blocks
        self.footnotes = footnotes
    }
}
