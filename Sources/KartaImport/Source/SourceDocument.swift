/// A document split into the text before the first table, the tables, and the text after each.
struct SourceDocument: Sendable {
    typealias Numbered = (line: Int, content: SourceLine)

    /// Lines before the first table (an order, a plan's title, goal and tasks).
    var preface: [Numbered] = []
    var tables: [SourceTable] = []
    /// Text lines after each table's last row, up to the next table (usually the next table's title).
    var after: [[Numbered]] = []

    /// Footnotes of the document («¹ Текст сноски»), for the roadmap's notes; a text copy has none.
    var notes: [String] = []

    /// A document copied as text: a line per paragraph line or table row (cells split by tabs).
    init(text: String) {
        // Texts read by karta have their CRLF turned into LF already (`SourceText`): no copy then.
        let text = text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
        self.init(
            lines: text.split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { (line: $0.offset + 1, content: SourceLine(String($0.element))) })
    }

    /// The lines of a document, whatever it was read from; tables are found by their header rows.
    init(lines: [Numbered]) {
        var headers: [(index: Int, table: SourceTable)] = []
        for (index, line) in lines.enumerated() {
            // A header row starts with «№», «N» or «п/п»: only short first cells are looked at.
            guard case .row(let cells) = line.content, let first = cells.first, first.utf8.count <= 16,
                ColumnRole.recognise(first) == .number,
                let table = SourceTable(captions: cells, line: line.line)
            else { continue }
            headers.append((index, table))
        }
        guard let first = headers.first else {
            preface = lines
            return
        }
        preface = Array(lines[..<first.index])
        for (position, header) in headers.enumerated() {
            let end = position + 1 < headers.count ? headers[position + 1].index : lines.count
            let region = lines[(header.index + 1)..<end]
            let lastRow = region.lastIndex { if case .row = $0.content { true } else { false } } ?? header.index
            var table = header.table
            table.body = lastRow > header.index ? Array(lines[(header.index + 1)...lastRow]) : []
            tables.append(table)
            after.append(Array(lines[(lastRow + 1)..<end]))
        }
    }

    /// The text lines right before table `index`: its title.
    func title(of index: Int) -> [String] {
        let lines = index == 0 ? preface : after[index - 1]
        var block: [String] = []
        for line in lines.reversed() {
            switch line.content {
            case .text(let text): block.insert(text, at: 0)
            case .blank: if !block.isEmpty { return block }
            case .row: return block
            }
        }
        return block
    }
}
