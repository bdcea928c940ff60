import Foundation
import ZIPFoundation

/// Writes an editable Word document (.docx) per ГОСТ Р 7.0.97: A4, margins 30/10/20/20 mm, Times
/// New Roman 14, page numbers centred at the top from page 2. Sections turn landscape for wide
/// tables; a table's header row repeats on each page. The bytes depend only on what was written.
public struct WordWriter {
    /// A4 in twentieths of a point, and the margins: left 30, right 10, top and bottom 20 mm.
    static let pageWidth = 11906, pageHeight = 16838
    static let left = 1701, right = 567, top = 1134, bottom = 1134

    private var body = ""
    private var landscape = false

    /// - Parameter landscape: the first section's pages are landscape (a wide table from the start).
    public init(landscape: Bool = false) {
        self.landscape = landscape
    }

    /// The width text can take, in mm, in the current section.
    public var textWidth: Double {
        Double((landscape ? Self.pageHeight : Self.pageWidth) - Self.left - Self.right) / 56.7
    }

    /// A paragraph; «\n» in the text is a line break, «\t» goes to the right tab stop.
    public mutating func paragraph(_ text: String, style: WordStyle = .body, pageBreakBefore: Bool = false) {
        var properties = ""
        if style.keepWithNext { properties += "<w:keepNext/>" }
        if pageBreakBefore { properties += "<w:pageBreakBefore/>" }
        if style.rightTab {
            properties += "<w:tabs><w:tab w:val=\"right\" w:pos=\"\(Self.twips(textWidth))\"/></w:tabs>"
        }
        properties +=
            "<w:spacing w:before=\"\(Int(style.spaceBefore * 20))\" w:after=\"\(Int(style.spaceAfter * 20))\"/>"
        let firstLine = style.firstLineIndent ? " w:firstLine=\"709\"" : ""
        properties += "<w:ind w:left=\"\(Self.twips(style.leftIndent))\"\(firstLine)/>"
        properties += "<w:jc w:val=\"\(style.alignment.rawValue)\"/>"
        var run = style.bold ? "<w:b/>" : ""
        if let size = style.size { run += "<w:sz w:val=\"\(Int(size * 2))\"/><w:szCs w:val=\"\(Int(size * 2))\"/>" }
        let runProperties = run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>"
        var runs = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { runs += "<w:r>\(runProperties)<w:br/></w:r>" }
            for (part, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if part > 0 { runs += "<w:r>\(runProperties)<w:tab/></w:r>" }
                if !piece.isEmpty {
                    runs += "<w:r>\(runProperties)<w:t xml:space=\"preserve\">\(Self.escape(piece))</w:t></w:r>"
                }
            }
        }
        body += "<w:p><w:pPr>\(properties)\(runProperties)</w:pPr>\(runs)</w:p>"
    }

    /// A table with borders: `header` repeats on each page; `widths` are relative; a row of one
    /// cell spans the whole width (a stage). Text in 12 pt.
    public mutating func table(header: [String], rows: [[String]], widths: [Double]) {
        let total = widths.reduce(0, +)
        let columns = widths.map { Self.twips(textWidth * $0 / total) }
        var xml =
            "<w:tbl><w:tblPr><w:tblW w:w=\"\(columns.reduce(0, +))\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"
        xml +=
            "<w:tblBorders>"
            + ["top", "left", "bottom", "right", "insideH", "insideV"].map {
                "<w:\($0) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
            }.joined() + "</w:tblBorders>"
        xml +=
            "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
        xml += "<w:tblGrid>" + columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += row(header, columns: columns, header: true)
        for cells in rows { xml += row(cells, columns: columns, header: false) }
        body += xml + "</w:tbl>"
        // Word needs a paragraph between a table and what follows it.
        body += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr></w:p>"
    }

    private func row(_ cells: [String], columns: [Int], header: Bool) -> String {
        var xml = "<w:tr><w:trPr><w:cantSplit/>\(header ? "<w:tblHeader/>" : "")</w:trPr>"
        let spans = cells.count == 1 && columns.count > 1
        for (index, cell) in cells.enumerated() {
            let width = spans ? columns.reduce(0, +) : columns[min(index, columns.count - 1)]
            xml +=
                "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(spans ? "<w:gridSpan w:val=\"\(columns.count)\"/>" : "")</w:tcPr>"
            let bold = header || spans ? "<w:b/>" : ""
            let alignment = header ? "center" : "left"
            let lines = cell.split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines {
                xml += "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc w:val=\"\(alignment)\"/></w:pPr>"
                if !line.isEmpty {
                    xml +=
                        "<w:r><w:rPr>\(bold)<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/></w:rPr><w:t "
                        + "xml:space=\"preserve\">\(Self.escape(line))</w:t></w:r>"
                }
                xml += "</w:p>"
            }
            xml += "</w:tc>"
        }
        return xml + "</w:tr>"
    }

    /// Ends the current section; what follows starts on a new page, landscape or portrait.
    public mutating func newSection(landscape: Bool) {
        body += "<w:p><w:pPr>\(sectionProperties(first: isFirstSection))</w:pPr></w:p>"
        isFirstSection = false
        self.landscape = landscape
    }

    private var isFirstSection = true

    private func sectionProperties(first: Bool) -> String {
        let (width, height) = landscape ? (Self.pageHeight, Self.pageWidth) : (Self.pageWidth, Self.pageHeight)
        // The first page of the document has no number (titlePg with an empty first-page header).
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
            + (first ? "<w:headerReference w:type=\"first\" r:id=\"rIdFirst\"/>" : "")
            + "<w:pgSz w:w=\"\(width)\" w:h=\"\(height)\"\(landscape ? " w:orient=\"landscape\"" : "")/>"
            + "<w:pgMar w:top=\"\(Self.top)\" w:right=\"\(Self.right)\" w:bottom=\"\(Self.bottom)\" w:left=\"\(Self.left)\" w:header=\"567\" "
            + "w:footer=\"567\" w:gutter=\"0\"/>"
            + (first ? "<w:titlePg/>" : "") + "</w:sectPr>"
    }

    /// The .docx: a zip whose entries carry a fixed date, so that the same document gives the same bytes.
    public func data() throws -> Data {
        let document =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
            + "\(WordParts.namespaces)><w:body>\(body)\(sectionProperties(first: isFirstSection))</w:body></w:document>"
        let archive = try Archive(data: Data(), accessMode: .create)
        let date = Date(timeIntervalSince1970: 315_532_800)  // 1980-01-01, the zip format's first day
        for (name, text) in WordParts.fixed + [("word/document.xml", document)] {
            let bytes = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: date,
                permissions: 0o644, compressionMethod: .deflate
            ) { position, size in
                bytes.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static func twips(_ millimetres: Double) -> Int { Int((millimetres * 56.7).rounded()) }

    static func escape(_ text: some StringProtocol) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default:
                // Control characters are not allowed in XML 1.0.
                if let ascii = character.asciiValue, ascii < 0x20 { continue }
                result.append(character)
            }
        }
        return result
    }
}
