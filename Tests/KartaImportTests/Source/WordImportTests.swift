import Foundation
import KartaTestSupport
import Testing
import KartaCore
import KartaImport

/// The seeds as Word files (`Fixtures/word/*.docx`, made by `make_docx.py` with Word's automatic
/// numbering, merged stage cells, split rows, a footnote, tracked changes) import into the same
/// content as their text copies.
@Suite(.enabled(if: seedsAvailable, "../shared/seeds is not present"))
struct WordImportTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(
            "Fixtures/word")

    static func files(of file: String, slug: String = "seed") throws -> (folder: String, files: [String: String]) {
        let into = try ImporterTests.folder()
        _ = try Importer.run(ImportOptions(file: file, into: into, slug: slug)).get()
        var files: [String: String] = [:]
        for relative in try FileManager.default.subpathsOfDirectory(atPath: into)
        where relative.hasSuffix(".md") || relative.hasSuffix(".yml") {
            files[relative] = try String(contentsOfFile: "\(into)/\(relative)", encoding: .utf8)
        }
        return (into, files)
    }

    /// Lines that differ by nature: where a row stood («строка N» counts lines of the text copy
    /// or of the Word file's paragraphs and rows), and footnote texts a text copy does not have.
    static func comparable(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("¹ ") }
            .map { $0.replacing(/строка \d+/, with: "строка N") }
            .joined(separator: "\n")
            .replacingOccurrences(of: "\n\n\n", with: "\n\n")
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func wordFileImportsAsItsTextCopy(_ prefix: String) throws {
        let text = try Self.files(of: try SeedImportTests.seed(prefix))
        let word = try Self.files(of: Self.fixtures.appendingPathComponent("\(prefix).docx").path)
        #expect(Set(word.files.keys) == Set(text.files.keys))
        for (path, content) in text.files {
            #expect(
                Self.comparable(word.files[path] ?? "").trimmingCharacters(in: .newlines)
                    == Self.comparable(content).trimmingCharacters(in: .newlines), "\(prefix): \(path)")
        }
        let loaded = ContentLoader.load(from: word.folder)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.formattedDiagnostics())")
    }

    /// Numbers that exist only as Word numbering come out as numbers: the fixture of seed 004 has
    /// no digit in its «№» cells nor before its order points.
    @Test func wordNumberingBecomesNumbers() throws {
        let fixture = Self.fixtures.appendingPathComponent("004.docx").path
        let loaded = ContentLoader.load(from: try Self.files(of: fixture).folder)
        let roadmap = try #require(loaded.content.roadmaps.first)
        #expect(roadmap.events.map(\.id) == (1...17).map(String.init))
        let order = try #require(loaded.content.orders.first)
        #expect(order.body.contains("1\\. Утвердить план-график"))
        #expect(order.body.contains("\n\n4\\.\n\n"))
        #expect(
            order.title
                == "Об утверждении плана-графика (дорожной карты) региональных мероприятий по проекту адресной методической помощи «500+»"
        )
        #expect(
            roadmap.stamp
                == ApprovalStamp(
                    word: "Утвержден",
                    lines: [
                        "приказом департамента образования и науки", "Костромской области",
                        "от «19» марта 2021 года № 376"
                    ]))
    }

    /// Seed 003 in Word: the title's footnote is a real footnote; its text goes to the roadmap's
    /// notes and its mark leaves the title; the caption's hand-typed superscript stays.
    @Test func footnotesGoToTheRoadmapsNotes() throws {
        let loaded = ContentLoader.load(
            from: try Self.files(of: Self.fixtures.appendingPathComponent("003.docx").path).folder)
        let roadmap = try #require(loaded.content.roadmaps.first)
        #expect(
            roadmap.title
                == "Муниципальная дорожная карта реализации проекта Адресной методической помощи 500+ (на 2022 год)")
        #expect(roadmap.columns.result == "Муниципальный показатель реализации²")
        #expect(roadmap.body.contains("¹ Проект адресной методической помощи общеобразовательным организациям"))
        #expect(roadmap.events.first?.id == "1.1")
    }
}
