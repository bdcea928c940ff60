import Foundation
import KartaCore
import KartaTestSupport
import Testing

@testable import KartaImport

/// What the importer reads a document into, whatever odd shapes the document has.
struct SourceDocumentTests {
    /// A .docx holding only `word/document.xml` with this body, zipped by Python's zipfile.
    static func docx(_ name: String, body: String) throws -> (path: String, data: Data) {
        let path = ScratchFolder.url(name, extension: "docx").path
        let document =
            "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + "</w:body></w:document>"
        let zip = try Command.run(
            Command.python,
            [
                "-c",
                "import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w').writestr('word/document.xml', sys.argv[2])",
                path, document
            ])
        #expect(zip.status == 0, "\(zip.stderr)")
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func cell(_ text: String) -> String { "<w:tc><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>" }
    /// A table row without a single cell (`<w:tr/>`, which Word never writes but a file may hold)
    /// has nothing to read; it once stopped the import with an index out of range (found by
    /// `make fuzz`'s Word harness).
    @Test func aTableRowWithoutCellsIsPassedOver() throws {
        let cell = Self.cell
        let (path, data) = try Self.docx(
            "empty-row",
            body: "<w:tbl><w:tr/><w:tr>\(cell("№"))\(cell("Мероприятие"))\(cell("Срок"))</w:tr><w:tr/>"
                + "<w:tr>\(cell("1"))\(cell("Анкетирование"))\(cell("март"))</w:tr></w:tbl>")
        let result = Importer.convert(word: data, file: path, slug: "plan", period: .year(2025), into: "content")
        let (files, _) = try result.get()
        let roadmap = try #require(files.first { $0.path.hasSuffix("roadmaps/plan.md") })
        #expect(roadmap.text.contains("title: Анкетирование"), "\(roadmap.text)")
    }

    /// Characters XML allows but karta refuses in content (U+007F, a C1 control, a direction
    /// override) are left out of what the import writes, which then reads back (found by
    /// `make fuzz`'s Word harness).
    @Test func charactersKartaRefusesAreLeftOut() throws {
        let cell = Self.cell
        let (path, data) = try Self.docx(
            "controls",
            body: "<w:p><w:r><w:t>План\u{7F} мероприятий на 2025 год</w:t></w:r></w:p>"
                + "<w:tbl><w:tr>\(cell("№"))\(cell("Мероприятие"))\(cell("Срок"))</w:tr>"
                + "<w:tr>\(cell("1"))\(cell("Анкети\u{85}рование\u{202E}"))\(cell("март"))</w:tr></w:tbl>")
        let (files, _) = try Importer.convert(word: data, file: path, slug: "plan", period: .year(2025), into: "c")
            .get()
        let roadmap = try #require(files.first { $0.path.hasSuffix("roadmaps/plan.md") })
        #expect(roadmap.text.contains("title: Анкетирование\n"), "\(roadmap.text)")
        #expect(roadmap.text.contains("title: План мероприятий на 2025 год"), "\(roadmap.text)")
        guard case .success(let text) = SourceText.decode(Array(roadmap.text.utf8), file: "plan.md") else {
            Issue.record("not read back")
            return
        }
        guard case .success(let read) = Document.split(text, path: "plan.md") else {
            Issue.record("not split")
            return
        }
        #expect(Roadmap.decode(read).1.filter { $0.code == .forbiddenCharacter }.isEmpty)
    }
}
