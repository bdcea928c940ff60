import Foundation
import Testing
import ZIPFoundation
import KartaTestSupport
@testable import KartaWord

/// Word features read from small documents written here part by part.
struct WordReaderTests {
    static let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

    /// A .docx of the given parts; `body` goes inside `<w:body>`.
    static func docx(body: String, parts: [String: String] = [:]) throws -> String {
        let path = ScratchFolder.url("word", extension: "docx").path
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        var all = parts
        all["word/document.xml"] =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"
        for (name, text) in all.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
            }
        }
        return path
    }

    static func p(_ text: String, num: (Int, Int)? = nil, props: String = "") -> String {
        let numPr = num.map { "<w:numPr><w:ilvl w:val=\"\($0.1)\"/><w:numId w:val=\"\($0.0)\"/></w:numPr>" } ?? ""
        return "<w:p><w:pPr>\(numPr)\(props)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    static func texts(_ document: WordDocument) -> [String] {
        document.blocks.map { block in
            switch block {
            case .paragraph(let paragraph): paragraph.numberedText
            case .table(let table):
                table.rows.map {
                    $0.map { $0.continuesAbove ? "^" : "\($0.text)\($0.span > 1 ? "×\($0.span)" : "")" }.joined(
                        separator: "|")
                }.joined(separator: "/")
            }
        }
    }

    static let numbering = """
        <w:numbering \(w)>
        <w:abstractNum w:abstractNumId="0">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
          <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
        </w:abstractNum>
        <w:abstractNum w:abstractNumId="1">
          <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%1)"/></w:lvl>
        </w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
        <w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num>
        </w:numbering>
        """

    @Test func numberingIsWrittenOutMultiLevelWithRestartsAndContinuation() throws {
        let body = [
            Self.p("Первый", num: (1, 0)), Self.p("Подпункт", num: (1, 1)), Self.p("Ещё", num: (1, 1)),
            Self.p("Второй", num: (1, 0)),
            Self.p("Подпункт", num: (1, 1)), Self.p("а", num: (3, 0)), Self.p("б", num: (3, 0)),
            // numId 4 shares list 0 without a restart: it continues; numId 2 restarts it.
            Self.p("Третий", num: (4, 0)), Self.p("Снова", num: (2, 0)), Self.p("Без номера", num: (0, 0))
        ].joined()
        let document = try WordReader.read(
            path: try Self.docx(body: body, parts: ["word/numbering.xml": Self.numbering]))
        #expect(
            Self.texts(document) == [
                "1. Первый", "1.1. Подпункт", "1.2. Ещё", "2. Второй", "2.1. Подпункт", "а) а", "б) б",
                "3. Третий", "1. Снова", "Без номера"
            ])
    }

    @Test func aListContinuesAcrossTableRowsAndMergesAreKept() throws {
        func cell(_ content: String, props: String = "") -> String {
            "<w:tc><w:tcPr>\(props)</w:tcPr>\(content)</w:tc>"
        }
        let rows = [
            "<w:tr>\(cell(Self.p("№")))\(cell(Self.p("Мероприятие")))\(cell(Self.p("Срок")))</w:tr>",
            "<w:tr>\(cell(Self.p("Этап"), props: "<w:gridSpan w:val=\"3\"/>"))</w:tr>",
            "<w:tr>\(cell(Self.p("", num: (1, 0))))\(cell(Self.p("Семинар") + Self.p("и совещание")))"
                + "\(cell(Self.p("Март"), props: "<w:vMerge w:val=\"restart\"/>"))</w:tr>",
            "<w:tr>\(cell(Self.p("", num: (1, 0))))\(cell(Self.p("Анализ")))\(cell(Self.p(""), props: "<w:vMerge/>"))</w:tr>"
        ].joined()
        let nested = "<w:tbl><w:tr>\(cell(Self.p("Вложенная")))\(cell(Self.p("таблица")))</w:tr></w:tbl>"
        let body =
            "<w:tbl>\(rows)<w:tr>\(cell(Self.p("", num: (1, 0))))\(cell(nested + Self.p("")))\(cell(Self.p("Май")))</w:tr></w:tbl>"
        let document = try WordReader.read(
            path: try Self.docx(body: body, parts: ["word/numbering.xml": Self.numbering]))
        #expect(
            Self.texts(document) == [
                "№|Мероприятие|Срок/Этап×3/1.|Семинар\nи совещание|Март/2.|Анализ|^/3.|Вложенная; таблица|Май"
            ])
    }

    @Test func trackedChangesFieldsBreaksAndMarks() throws {
        let body = """
            <w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Утвержден</w:t></w:r><w:r><w:br/><w:t>приказом</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">План </w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>старый </w:delText></w:r></w:del>\
            <w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve">новый </w:t></w:r></w:ins><w:r><w:t>500+</w:t></w:r><w:r><w:rPr>\
            <w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="7"/></w:r><w:r><w:t xml:space="preserve"> показатель</w:t></w:r>\
            <w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Стр. </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText>\
            </w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>9</w:t></w:r></w:fldSimple><w:r><w:br w:type="page"/></w:r><w:hyperlink><w:r><w:t>ссылка\
            </w:t></w:r></w:hyperlink></w:p>
            """
        let footnotes = """
            <w:footnotes \(Self.w)><w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Текст сноски.</w:t></w:r></w:p></w:footnote>\
            </w:footnotes>
            """
        let document = try WordReader.read(path: try Self.docx(body: body, parts: ["word/footnotes.xml": footnotes]))
        #expect(Self.texts(document) == ["Утвержден\nприказом", "План новый 500+¹ показатель²", "Стр. ссылка"])
        guard case .paragraph(let stamp) = document.blocks[0] else { Issue.record("no paragraph"); return }
        #expect(stamp.alignment == .right)
        #expect(!stamp.bold)
        #expect(document.footnotes == [WordDocument.Footnote(mark: "¹", text: "Текст сноски.")])
    }

    /// Bad input: each gets its own plain Russian reason, and nothing crashes.
    @Test func badFilesAreNamed() throws {
        let notZip = ScratchFolder.url("word", extension: "docx")
        try ScratchFolder.write(Data("просто текст".utf8), to: notZip)
        #expect(throws: WordError.notAnArchive) { try WordReader.read(path: notZip.path) }

        let withoutDocument = ScratchFolder.url("word", extension: "docx")
        let archive = try Archive(url: withoutDocument, accessMode: .create)
        let data = Data("application/vnd.oasis.opendocument.text".utf8)
        try archive.addEntry(with: "mimetype", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Data.Index(position)..<Data.Index(position) + size)
        }
        #expect(throws: WordError.notWord("это документ OpenDocument (.odt)")) {
            try WordReader.read(path: withoutDocument.path)
        }

        // What Word writes for a password-protected file: an OLE container with an «EncryptedPackage» stream.
        let encrypted = ScratchFolder.url("word", extension: "docx")
        var ole = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 512)
        ole += Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try ScratchFolder.write(ole, to: encrypted)
        #expect(throws: WordError.encrypted) { try WordReader.read(path: encrypted.path) }

        let whole = try Data(contentsOf: URL(fileURLWithPath: try Self.docx(body: Self.p("Текст"))))
        let truncated = ScratchFolder.url("word", extension: "docx")
        try ScratchFolder.write(whole.prefix(whole.count * 2 / 3), to: truncated)
        #expect(throws: WordError.damaged("не читается оглавление архива")) {
            try WordReader.read(path: truncated.path)
        }

        let malformed = try Self.docx(body: "<w:p><w:r><w:t>обрыв</w:r></w:p>")
        #expect(throws: WordError.malformed(part: "word/document.xml", line: 1)) {
            try WordReader.read(path: malformed)
        }
        for error in [WordError.notAnArchive, .encrypted, .damaged("x"), .malformed(part: "p", line: 1), .notWord("")] {
            #expect(error.message.contains("документ") || error.message.contains("Word"))
        }
    }
}
