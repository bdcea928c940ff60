/// Walks `document.xml` (and `footnotes.xml`) into paragraphs and tables: numbering written out,
/// tracked insertions kept and deletions dropped, page-number fields and drawings left out.
struct BodyReader {
    var numbering: Numbering
    let styles: StyleSheet
    /// Footnote ids in the order their marks appear, with the mark shown.
    private(set) var footnoteMarks: [(id: String, mark: String)] = []

    init(numbering: Numbering, styles: StyleSheet) {
        self.numbering = numbering
        self.styles = styles
    }

    /// `<w:b/>`, `<w:b w:val="1"/>` are on; `w:val="0"` and `"false"` are off.
    static func isOn(_ node: WordXML) -> Bool {
        node["val"].map { $0 != "0" && $0 != "false" && $0 != "off" } ?? true
    }

    /// The blocks of a container (`body`, a cell, a footnote), descending into content controls.
    mutating func blocks(in container: WordXML) -> [WordBlock] {
        var blocks: [WordBlock] = []
        for node in container.children {
            switch node.name {
            case "p": blocks.append(.paragraph(paragraph(node)))
            case "tbl": blocks.append(.table(table(node)))
            case "sdt": if let content = node.child("sdtContent") { blocks += self.blocks(in: content) }
            case "customXml": blocks += self.blocks(in: node)
            default: break
            }
        }
        return blocks
    }

    /// Word's own limit of columns in a table.
    static let widestGrid = 63

    mutating func table(_ node: WordXML) -> WordTable {
        var rows: [[WordTable.Cell]] = []
        // A span is at most the table's grid (Word's widest when the file has none):
        // `gridSpan="2000000000"` would otherwise be as many empty cells.
        let grid = node.child("tblGrid")?.children.count { $0.name == "gridCol" } ?? 0
        let widest = grid > 0 ? min(grid, Self.widestGrid) : Self.widestGrid
        func span(_ value: String?) -> Int { min(max(1, value.flatMap(Int.init) ?? 1), widest) }
        for row in Self.flattened(node, "tr") {
            var cells: [WordTable.Cell] = []
            if let before = row.child("trPr")?.value(at: "gridBefore"), (Int(before) ?? 0) > 0 {
                cells.append(WordTable.Cell(span: span(before)))
            }
            for cell in Self.flattened(row, "tc") {
                let properties = cell.child("tcPr")
                let merge = properties?.child("vMerge")
                var paragraphs: [WordParagraph] = []
                for block in blocks(in: cell) {
                    switch block {
                    case .paragraph(let paragraph): paragraphs.append(paragraph)
                    case .table(let nested):
                        // A table in a cell: one line per row, its cells joined.
                        for nestedRow in nested.rows {
                            let text = nestedRow.map(\.text).filter { !$0.isEmpty }.joined(separator: "; ")
                            if !text.isEmpty { paragraphs.append(WordParagraph(text: text)) }
                        }
                    }
                }
                cells.append(
                    WordTable.Cell(
                        paragraphs: paragraphs,
                        span: span(properties?.value(at: "gridSpan")),
                        continuesAbove: merge != nil && merge?["val"] != "restart"))
            }
            rows.append(cells)
        }
        return WordTable(rows: rows)
    }

    /// Rows of a table (cells of a row), also those wrapped in content controls.
    private static func flattened(_ node: WordXML, _ name: String) -> [WordXML] {
        node.children.flatMap { child -> [WordXML] in
            if child.name == name { return [child] }
            if child.name == "sdt", let content = child.child("sdtContent") { return flattened(content, name) }
            if child.name == "customXml" { return flattened(child, name) }
            return []
        }
    }

    mutating func paragraph(_ node: WordXML) -> WordParagraph {
        let properties = node.child("pPr")
        let style = properties?.value(at: "pStyle")
        var run = RunText(styleBold: styles.resolve(style, \.bold) ?? false)
        inline(node, into: &run)
        let numId = properties?.value(at: "numPr", "numId") ?? styles.resolve(style, \.numId)
        let level = properties?.value(at: "numPr", "ilvl").flatMap(Int.init) ?? styles.resolve(style, \.level) ?? 0
        let alignment = properties?.value(at: "jc") ?? styles.resolve(style, \.alignment) ?? "left"
        return WordParagraph(
            number: numId.map { numbering.next(numId: $0, level: level) } ?? "",
            text: run.text, alignment: Self.alignment(alignment), bold: run.bold)
    }

    private static func alignment(_ value: String) -> WordParagraph.Alignment {
        switch value {
        case "center": .center
        case "right", "end": .right
        case "both", "distribute": .both
        default: .left
        }
    }

    /// The text of runs inside a paragraph, in insertions, links and content controls.
    private mutating func inline(_ node: WordXML, into run: inout RunText) {
        for child in node.children {
            switch child.name {
            case "r": self.run(child, into: &run)
            case "ins", "moveTo", "hyperlink", "smartTag", "customXml", "sdtContent", "dir", "bdo":
                inline(child, into: &run)
            case "sdt": if let content = child.child("sdtContent") { inline(content, into: &run) }
            case "fldSimple":
                // PAGE, NUMPAGES …: the number of the printed page, not text of the document.
                if !RunText.isPageField(child["instr"] ?? "") { inline(child, into: &run) }
            default: break  // del, moveFrom, pPr, bookmarks, proofing marks
            }
        }
    }

    private mutating func run(_ node: WordXML, into run: inout RunText) {
        let properties = node.child("rPr")
        let bold = properties?.child("b").map(Self.isOn)
        let superscript = properties?.value(at: "vertAlign") == "superscript"
        for child in node.children {
            switch child.name {
            case "t": run.append(child.text, bold: bold, superscript: superscript)
            case "tab", "ptab": run.append(" ", bold: bold, superscript: false)
            case "br" where child["type"] == nil || child["type"] == "textWrapping":
                run.append("\n", bold: bold, superscript: false)
            case "cr": run.append("\n", bold: bold, superscript: false)
            case "noBreakHyphen": run.append("-", bold: bold, superscript: false)
            case "fldChar": run.field(child["fldCharType"] ?? "")
            case "instrText": run.instruction(child.text)
            case "footnoteReference":
                guard let id = child["id"] else { continue }
                // With customMarkFollows the mark is the run's own text.
                if child["customMarkFollows"].map({ $0 == "1" || $0 == "true" }) == true { continue }
                let mark = RunText.superscript(String(footnoteMarks.count + 1))
                footnoteMarks.append((id, mark))
                run.append(mark, bold: nil, superscript: false)
            default: break  // delText, drawings, text boxes, symbols
            }
        }
    }
}
