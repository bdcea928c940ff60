import Foundation
import KartaTestSupport
import Testing
@testable import KartaCore

/// Input a red team tried (issue #13): each answers with a located Russian diagnostic, in time
/// linear in its size — never a crash, a hang, a silent cut or a wrong reading.
struct HostileInputTests {
    typealias Case = DiagnosticsTests.Case

    static let head =
        "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2022}\nstages:\n  - title: Этап\n    events:\n"

    static let cases: [Case] = [
        Case("raw NUL", file: "schools/a.md", "---\nname: Ш1️⃣\u{0}кола\n---\n", .forbiddenCharacter),
        Case(
            "raw right-to-left override", file: "schools/a.md", "---\nname: Школа\n---\nТекст 1️⃣\u{202E}наоборот\n",
            .forbiddenCharacter),
        Case("escaped NUL", file: "schools/a.md", "---\nname: 1️⃣\"Ш\\0кола\"\n---\n", .forbiddenCharacter),
        Case(
            "escaped direction override", file: "schools/a.md", "---\nname: 1️⃣\"Школа\\u202E\"\n---\n",
            .forbiddenCharacter),
        // Noncharacters: XML forbids them, so an order holding one is a .docx Word cannot open (issue #33).
        Case(
            "escaped U+FFFF in a place", file: "orders/a.md",
            "---\ntitle: Приказ\nplace: 1️⃣\"пос. Примерный\\uFFFF\"\n---\n", .forbiddenCharacter),
        Case(
            "raw U+FDD0", file: "schools/a.md", "---\nname: Шко1️⃣" + String(Unicode.Scalar(0xFDD0)!) + "ла\n---\n",
            .forbiddenCharacter),
        Case(
            "raw U+10FFFF", file: "schools/a.md",
            "---\nname: Школа\n---\nТекст 1️⃣" + String(Unicode.Scalar(0x10FFFF)!) + "\n", .forbiddenCharacter),
        Case(
            "an image with no description", file: "schools/a.md",
            "---\nname: Школа\n---\nТекст.\n\nСхема: 1️⃣![ ](files/schema.png) и фото ![Здание школы](files/photo.jpg)\n",
            .imageWithoutDescription, .warning),
        Case(
            "a line break in base_url", file: "site.yml",
            "title: Сайт\nbase_url: 1️⃣\"https://example.org/500/\\r\\nBEGIN:VEVENT\"\n", .invalidBaseURL),
        Case(
            "YAML alias repeating measures",
            head + "      - 1️⃣&m {title: Мера, when: март}\n  - title: Ещё\n    events:\n      - *m\n---\n", .yamlAlias),
        Case(
            "unclosed flow list", file: "schools/a.md", "---\nname: Школа\nroadmaps: [a, b\ncurators1️⃣: []\n---\n",
            .brokenYAML),
        Case(
            "period over centuries",
            "---\ntitle: Карта\nlevel: municipal\nperiod: {from: 1️⃣0001-01-01, to: 9999-12-31}\n---\n", .invalidDate),
        Case(
            "typo in a year", "---\ntitle: Карта\nlevel: municipal\nperiod: {from: 1️⃣1025-09-01, to: 2026-05-31}\n---\n",
            .invalidDate),
        Case(
            "period longer than ten years",
            "---\ntitle: Карта\nlevel: municipal\nperiod: {from: 1️⃣2020-01-01, to: 2035-12-31}\n---\n", .invalidPeriod),
        Case("year zero", "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 1️⃣0}\n---\n", .invalidPeriod),
        Case(
            "three periods at once",
            "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2022, academic_year: 1️⃣2022-2023}\n---\n",
            .invalidPeriod),
        Case("joined in year -5", file: "schools/a.md", "---\nname: Школа\njoined: 1️⃣-5\n---\n", .invalidDate),
        Case(
            "done without a date", head + "      - {title: Мера, when: март, status: 1️⃣done}\n---\n",
            .inconsistentStatus, .warning),
        Case(
            "a date on a planned measure", head + "      - {title: Мера, when: март, done: 1️⃣2022-03-01}\n---\n",
            .inconsistentStatus, .warning),
        Case(
            "done after the report date",
            head + "      - 1️⃣{title: Мера, when: март, status: done, done: 2027-03-01}\n---\n", .inconsistentStatus,
            .warning),
        Case("a binary tag", file: "schools/a.md", "---\nname: Школа\nshort_name: 1️⃣!!binary aGVsbG8=\n---\n", .yamlTag),
        Case("a custom tag", file: "schools/a.md", "---\nname: 1️⃣!school Школа\n---\n", .yamlTag),
        Case("a list as a key", file: "schools/a.md", "---\nname: Школа\n? 1️⃣[a, b]\n: x\n---\n", .wrongType),
        Case(
            "null in a list", file: "schools/a.md",
            "---\nname: Школа\nrisk_profiles:\n  - 1️⃣~\n  - Низкая мотивация\n---\n", .emptyItem, .warning),
        Case(
            "the same school twice",
            "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2022}\nschools: [a, b, 1️⃣a]\n---\n", .repeatedReference,
            .warning),
        Case(
            "a megabyte of term",
            head + "      - {title: Мера, when: 1️⃣" + String(repeating: "март ", count: 200_000) + "}\n---\n", .tooLarge)
    ]

    @Test(arguments: cases)
    func answersWithALocatedRussianDiagnostic(_ testCase: Case) throws {
        for diagnostic in try DiagnosticsTests.check(testCase) {
            #expect(!Self.isEnglish(diagnostic.message), "\(diagnostic.message)")
        }
    }

    /// A sentence of libyaml's English: Latin words that are not field names or values.
    static func isEnglish(_ message: String) -> Bool {
        ["did not", "expected", "found", "Maximum", "while", "allowed", "character"].contains { message.contains($0) }
    }

    @Test func deepNestingIsAnsweredInRussian() throws {
        let text = "---\nname: " + String(repeating: "[", count: 20_000) + "\n---\n"
        let content = try ScratchFolder.content(["schools/a.md": text]).path
        let messages = ContentLoader.load(from: content).diagnostics.all.map(\.message)
        #expect(messages == ["неверный YAML: слишком глубокая вложенность списков и записей"])
    }

    /// 300 stages aliasing the same 300 measures were 89,700 errors in 24 s.
    @Test func aliasesDoNotMultiplyTheWork() throws {
        let events = (1...300).map { "      - {id: \"\($0)\", title: Мера \($0), when: март}" }.joined(separator: "\n")
        let stages = (1...300).map { "  - {title: Этап \($0), events: *all}" }.joined(separator: "\n")
        let text =
            "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2022}\nstages:\n  - title: Первый\n    events: &all\n"
            + events + "\n" + stages + "\n---\n"
        let content = try ScratchFolder.content(["roadmaps/a.md": text]).path
        let codes = ContentLoader.load(from: content).diagnostics.all.map(\.code)
        #expect(codes == [.yamlAlias])
    }

    /// libyaml notices an unclosed list lines below; the note points where it was opened.
    @Test func anUnclosedListIsShownWhereItOpens() throws {
        let text = MarkedText("---\nname: Школа\nroadmaps: 1️⃣[a, b\ncurators: []\n---\n")
        let content = try ScratchFolder.content(["schools/a.md": text.text]).path
        let diagnostic = try #require(ContentLoader.load(from: content).diagnostics.all.first)
        #expect(diagnostic.notes.map(\.message) == ["здесь открыт список в квадратных скобках"])
        #expect(
            diagnostic.notes.first?.location
                == SourceLocation(file: content + "/schools/a.md", line: text[1].line, column: text[1].column))
    }

    /// Files karta does not read are named, not skipped without a word; an editor's own files
    /// (a backup, an autosave, a lock) are not content and are not named.
    @Test func filesThatAreNotReadAreNamed() throws {
        let content = try ScratchFolder.content([
            "schools/a.md": "---\nname: Школа\n---\n",
            "schools/a.md~": "---\nname: Школа\n---\n",
            "schools/#a.md#": "---\nname: Школа\n---\n",
            "schools/.#a.md": "x",
            "schools/~$a.md": "x",
            "schools/B.MD": "---\nname: Б\n---\n",
            "roadmaps/c.markdown": "---\ntitle: В\n---\n",
            "orders/old/d.md": "---\ntitle: Г\n---\n"
        ]).path
        let diagnostics = ContentLoader.load(from: content).diagnostics.sorted
        #expect(diagnostics.map(\.code) == [.ignoredFile, .ignoredFile, .ignoredFile])
        #expect(diagnostics.map { ($0.location.file as NSString).lastPathComponent } == ["old", "c.markdown", "B.MD"])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    /// What an order says that contradicts itself or another order.
    @Test func ordersThatDisagreeAreWarned() throws {
        let order = { (number: String, roadmaps: String) in
            "---\ntitle: Об утверждении\nnumber: \"\(number)\"\ndate: 2022-01-10\nappendices:\n\(roadmaps)---\n"
        }
        let content = try ScratchFolder.content([
            "roadmaps/karta.md": "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2022}\napproved_by: p1\n---\n",
            "roadmaps/drugaya.md": "---\ntitle: Другая\nlevel: municipal\nperiod: {year: 2022}\n---\n",
            // Approves «karta» but prints «drugaya», twice.
            "orders/p1.md": order("7", "  - roadmap: drugaya\n  - roadmap: drugaya\n"),
            // The same number and date as p1.
            "orders/p2.md": order("7", "  - roadmap: karta\n")
        ]).path
        let codes = ContentLoader.load(from: content).diagnostics.sorted.map(\.code)
        #expect(codes == [.repeatedReference, .duplicateOrder, .approvalNotInOrder])
    }

    /// After a file fails to decode, references to it are not reported again before the cause.
    @Test func aBrokenFileIsTheOnlyError() throws {
        let content = try ScratchFolder.content([
            "roadmaps/karta.md": "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2022}\nschools: [a\n---\n",
            "schools/a.md": "---\nname: Школа\nroadmaps: [karta]\n---\n"
        ]).path
        let codes = ContentLoader.load(from: content).diagnostics.all.map(\.code)
        #expect(codes == [.brokenYAML])
    }
}
