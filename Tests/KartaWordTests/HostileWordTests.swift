import Foundation
import Testing
import ZIPFoundation
import KartaTestSupport
@testable import KartaWord

/// Small Word files built to break the reader (issue #33): each is refused with a Russian reason
/// or read within bounds — never a crash, a runaway allocation or a wrong reading.
struct HostileWordTests {
    static func docx(_ body: String, _ parts: [String: String]) throws -> String {
        try WordReaderTests.docx(body: body, parts: parts)
    }
    static func p(_ text: String, num: (Int, Int)? = nil) -> String { WordReaderTests.p(text, num: num) }

    @Test(arguments: [
        ("<w:ins>", "</w:ins>", 50_000),
        ("<w:sdt><w:sdtContent>", "</w:sdtContent></w:sdt>", 100_000),
        ("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 20_000),
        ("<w:unknown>", "</w:unknown>", 60_000)
    ])
    func deepNestingIsRefused(open: String, close: String, depth: Int) throws {
        let body =
            "<w:p>" + String(repeating: open, count: depth) + "<w:r><w:t>x</w:t></w:r>"
            + String(repeating: close, count: depth) + "</w:p>"
        let path = try Self.docx(body, [:])
        #expect(throws: WordError.tooDeep(part: "word/document.xml", line: 1)) { try WordReader.read(path: path) }
        #expect(
            WordError.tooDeep(part: "word/document.xml", line: 1).message
                == "документ повреждён: в части word/document.xml элементы вложены глубже 256 уровней (строка 1)")
    }

    /// FoundationXML traps on an element name that is not UTF-8; such a part is refused first.
    @Test(arguments: [
        ("<w:b\u{D0}:r/>", 2), ("<w:p>\n<w:b\u{D0}/></w:p>", 3), ("<\u{FF}\u{FF}:tc/>", 2), ("<w:t>\u{C2}</w:t>", 2)
    ])
    func aPartThatIsNotUTF8IsRefused(body: String, line: Int) throws {
        // The string's scalars U+0080…U+00FF stand for single bytes.
        let bytes = Data(
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document \(WordReaderTests.w)><w:body>" + body
                + "</w:body></w:document>").unicodeScalars.flatMap { scalar in
                    scalar.value < 0x100 ? [UInt8(scalar.value)] : Array(String(scalar).utf8)
                })
        let path = ScratchFolder.url("word", extension: "docx").path
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(bytes.count)) {
            position, size in bytes.subdata(in: Data.Index(position)..<Data.Index(position) + size)
        }
        #expect(throws: WordError.notUTF8(part: "word/document.xml", line: line)) { try WordReader.read(path: path) }
    }

    /// A document type declaration, which Office never writes, is refused with its line: its
    /// internal entities were text the reader left out («Анкета &y; конец» read as «Анкета конец»).
    @Test func aDoctypeIsRefused() throws {
        let numbering =
            "<?xml version=\"1.0\"?>\n<!DOCTYPE w:numbering [<!ENTITY y \"текст\">]>\n<w:numbering \(WordReaderTests.w)/>"
        let path = try Self.docx(Self.p("Анкета"), ["word/numbering.xml": numbering])
        #expect(throws: WordError.doctype(part: "word/numbering.xml", line: 2)) { try WordReader.read(path: path) }
    }

    /// A span is bounded by the table's grid, whatever number the file writes.
    @Test(arguments: ["2000000000", "9223372036854775807", "99999999999999999999", "-5"])
    func spansAreBoundedByTheGrid(value: String) throws {
        let row =
            "<w:tr><w:trPr><w:gridBefore w:val=\"\(value)\"/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val=\"\(value)\"/></w:tcPr>\(Self.p("А"))</w:tc></w:tr>"
        let table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>\(row)</w:tbl>"
        let document = try WordReader.read(path: try Self.docx(table, [:]))
        guard case .table(let read) = document.blocks.first else { Issue.record("no table"); return }
        #expect(read.rows.count == 1)
        #expect(read.rows[0].allSatisfy { (1...3).contains($0.span) })
    }

    @Test(arguments: ["9223372036854775807", "-9223372036854775808", "4000000000000000000", "1000000000"])
    func listStartsAreBounded(start: String) throws {
        let numbering = """
            <w:numbering \(WordReaderTests.w)>
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="\(start)"/><w:numFmt w:val="russianUpper"/><w:lvlText w:val="%1)"/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1."/></w:lvl>
            </w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="\(start)"/></w:lvlOverride></w:num>
            </w:numbering>
            """
        let body = Self.p("первый", num: (1, 0)) + Self.p("второй", num: (1, 0)) + Self.p("третий", num: (2, 0))
        let document = try WordReader.read(path: try Self.docx(body, ["word/numbering.xml": numbering]))
        let texts = WordReaderTests.texts(document)
        #expect(texts.count == 3)
        #expect(texts.allSatisfy { $0.count < 2_000 }, "\(texts.map(\.count))")
    }

    /// An entry that says it holds 1 KB and inflates to more than any real part is stopped as it
    /// inflates, not after.
    @Test func anEntryLyingAboutItsSizeIsStoppedWhileInflating() throws {
        let filler = String(repeating: " ", count: 80 << 20)
        let path = try Self.docx(Self.p("текст") + filler, [:])
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        Self.patchUncompressedSize(of: "word/document.xml", to: 1024, in: &bytes)
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: WordError.damaged("часть word/document.xml слишком велика")) { try WordReader.read(path: path) }
    }

    /// A byte changed in a stored part is a checksum that does not match, not another date.
    @Test func aDamagedPartIsRefusedByItsChecksum() throws {
        let path = ScratchFolder.url("word", extension: "docx").path
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let xml = Data(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(WordReaderTests.w)><w:body>\(Self.p("Приказ от 05.09.2025"))</w:body></w:document>"
                .utf8)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count), compressionMethod: .none
        ) { position, size in
            xml.subdata(in: Data.Index(position)..<Data.Index(position) + size)
        }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let year = try #require(bytes.range(of: Data("2025".utf8)))
        bytes[year.upperBound - 1] = UInt8(ascii: "9")
        try bytes.write(to: URL(fileURLWithPath: path))
        #expect(throws: WordError.damaged("часть word/document.xml повреждена (не сходится контрольная сумма)")) {
            try WordReader.read(path: path)
        }
    }

    /// Writes `size` as the uncompressed size of the entry `name` in its local and central headers.
    static func patchUncompressedSize(of name: String, to size: UInt32, in bytes: inout Data) {
        let nameBytes = Data(name.utf8)
        func write(_ value: UInt32, at offset: Int) {
            for index in 0..<4 {
                bytes[bytes.startIndex + offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF)
            }
        }
        func u16(_ offset: Int) -> Int {
            Int(bytes[bytes.startIndex + offset]) | Int(bytes[bytes.startIndex + offset + 1]) << 8
        }
        var offset = 0
        while offset + 46 < bytes.count {
            let signature = bytes[bytes.startIndex + offset..<bytes.startIndex + offset + 4]
            if signature == Data([0x50, 0x4B, 0x03, 0x04]),
                bytes[(bytes.startIndex + offset + 30)...].starts(with: nameBytes), u16(offset + 26) == nameBytes.count
            {
                write(size, at: offset + 22)
            }
            if signature == Data([0x50, 0x4B, 0x01, 0x02]),
                bytes[(bytes.startIndex + offset + 46)...].starts(with: nameBytes), u16(offset + 28) == nameBytes.count
            {
                write(size, at: offset + 24)
            }
            offset += 1
        }
    }
}
