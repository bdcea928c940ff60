import KartaCore
import KartaWord

extension SourceDocument {
    /// A Word document as the same lines a text copy of it gives: each line of a paragraph, a blank
    /// line after each paragraph and table, a row per table row with a cell per grid column (a
    /// merged cell is followed by empty ones, a cell continuing the one above is empty), Word's
    /// automatic numbers written before the text. A line's number is its place in that sequence.
    init(word: WordDocument) {
        var lines: [Numbered] = []
        func add(_ content: SourceLine) { lines.append((lines.count + 1, content)) }
        for block in word.blocks {
            switch block {
            case .paragraph(let paragraph):
                for line in paragraph.numberedText.split(separator: "\n", omittingEmptySubsequences: false) {
                    add(SourceLine.paragraph(Self.visible(line)))
                }
            case .table(let table):
                for row in table.rows {
                    var cells: [String] = []
                    for cell in row {
                        // Paragraphs of a cell join as a row split by a page break does: «Февраль-» + «декабрь».
                        let lines =
                            cell.continuesAbove
                            ? [] : cell.paragraphs.flatMap { $0.numberedText.split(separator: "\n") }
                        cells.append(lines.map { CellText.clean(Self.visible($0)) }.reduce("", CellText.join))
                        cells += Array(repeating: "", count: cell.span - 1)
                    }
                    // A row without a cell (`<w:tr/>`) has nothing to read.
                    add(cells.isEmpty ? .blank : .row(cells))
                }
            }
            add(.blank)
        }
        self.init(lines: lines)
        notes = word.footnotes.map { Self.visible("\($0.mark) \($0.text)") }
    }

    /// The text without the characters karta refuses in content (`ForbiddenCharacters`): XML lets a
    /// Word file hold control characters (U+007F…U+009F) and direction overrides that no reader
    /// sees, and a file written with them could not be read back.
    static func visible(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: ForbiddenCharacters.contains) else { return String(text) }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !ForbiddenCharacters.contains($0) }))
    }
}
