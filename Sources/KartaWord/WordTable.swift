/// A table: rows of cells, merges as Word records them.
public struct WordTable: Sendable, Equatable {
    public var rows: [[Cell]]

    public struct Cell: Sendable, Equatable {
        /// Its paragraphs; a nested table is written out as one paragraph per row, cells joined by «; ».
        public var paragraphs: [WordParagraph]
        /// How many grid columns the cell spans (`w:gridSpan`).
        public var span: Int
        /// The cell continues the one above it (`w:vMerge` without «restart»): it shows nothing.
        public var continuesAbove: Bool

        public init(paragraphs: [WordParagraph] = [], span: Int = 1, continuesAbove: Bool = false) {
            self.paragraphs = paragraphs
            self.span = span
            self.continuesAbove = continuesAbove
        }

        /// The paragraphs' numbered texts joined by «\n».
        public var text: String {
            paragraphs.map(\.numberedText).filter { !$0.isEmpty }.joined(separator: "\n")
        }
    }

    public init(rows: [[Cell]] = []) {
        self.rows = rows
    }
}
