import Foundation
import Testing
import ZIPFoundation
import KartaTestSupport
@testable import KartaWord

/// What `WordWriter` writes reads back with `WordReader`, and the page is set up per ГОСТ Р 7.0.97.
struct WordWriterTests {
    static func written() throws -> (path: String, document: String, styles: String) {
        var writer = WordWriter()
        writer.paragraph("ОТДЕЛ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ", style: .plain(.center, bold: true))
        var date = WordStyle.plain()
        date.rightTab = true
        writer.paragraph("05.09.2025\t№ 118", style: date)
        writer.paragraph("В соответствии с приказом <№ 5> & «кавычки»")
        writer.newSection(landscape: true)
        writer.table(
            header: ["№", "Мероприятие", "Срок"], rows: [["Этап 1"], ["1.1", "Семинар\nи совещание", "март"]],
            widths: [1, 4, 2])
        let path = ScratchFolder.url("written", extension: "docx").path
        try ScratchFolder.write(try writer.data(), to: URL(fileURLWithPath: path))
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        func part(_ name: String) throws -> String {
            var data = Data()
            _ = try archive.extract(try #require(archive[name])) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        return (path, try part("word/document.xml"), try part("word/styles.xml"))
    }

    @Test func writtenDocumentReadsBack() throws {
        let document = try WordReader.read(path: try Self.written().path)
        // Three paragraphs, the one that ends the first section, the table and the paragraph after it.
        #expect(document.blocks.count == 6)
        guard case .paragraph(let issuer) = document.blocks[0], case .paragraph(let text) = document.blocks[2] else {
            Issue.record("paragraphs expected"); return
        }
        #expect(issuer.text == "ОТДЕЛ ОБРАЗОВАНИЯ\nАДМИНИСТРАЦИИ")
        #expect(issuer.bold && issuer.alignment == .center)
        #expect(text.text == "В соответствии с приказом <№ 5> & «кавычки»")
        let table = try #require(document.blocks.compactMap { if case .table(let t) = $0 { t } else { nil } }.first)
        #expect(
            table.rows.map { $0.map(\.text) } == [
                ["№", "Мероприятие", "Срок"], ["Этап 1"], ["1.1", "Семинар\nи совещание", "март"]
            ])
        #expect(table.rows[1][0].span == 3)
    }

    @Test func pageAndTypePerGOST() throws {
        let (_, document, styles) = try Self.written()
        // A4 portrait, then a landscape section for the table; margins 30/10/20/20 mm.
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
        #expect(document.contains("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"))
        #expect(document.contains("<w:pgMar w:top=\"1134\" w:right=\"567\" w:bottom=\"1134\" w:left=\"1701\""))
        // The first page has its own (empty) header: numbers from page 2.
        #expect(document.contains("<w:titlePg/>"))
        #expect(document.contains("w:firstLine=\"709\""))  // 1.25 cm
        #expect(document.contains("<w:tblHeader/>"))
        #expect(styles.contains("w:ascii=\"Times New Roman\""))
        #expect(styles.contains("<w:sz w:val=\"28\"/>"))  // 14 pt
    }

    @Test func sameDocumentSameBytes() throws {
        let one = try Data(contentsOf: URL(fileURLWithPath: try Self.written().path))
        let two = try Data(contentsOf: URL(fileURLWithPath: try Self.written().path))
        #expect(one == two)
    }
}
