import Foundation
import KartaCore
import KartaTestSupport
import Testing

@testable import KartaImport

/// `karta import протокол.docx` (or its text copy): a протокол per ГОСТ Р 7.0.97 becomes
/// `meetings/<slug>.md`, its decisions with the «срок» read by the term parser, and the content
/// it writes is read back by karta without a problem.
struct ProtocolImportTests {
    static let fixtures = ImporterTests.fixtures

    @Test(arguments: ["protocol.txt", "word/protocol.docx"])
    func aProtocolBecomesAMeeting(_ name: String) throws {
        let into = try ImporterTests.folder()
        let report = try Importer.run(
            ImportOptions(file: Self.fixtures.appendingPathComponent(name).path, into: into, slug: "rg-3")
        ).get()
        #expect(report.files == [into + "/meetings/rg-3.md"])
        #expect(report.summary.contains("Протокол: № 3 от 15.10.2025, вопросов: 2, решений: 3"))
        try "title: Сайт\nas_of: 2025-12-01\n".write(toFile: into + "/site.yml", atomically: true, encoding: .utf8)
        let loaded = SiteLoader.load(from: into, asOf: nil, today: LocalDate(year: 2025, month: 12, day: 1)!)
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        let meeting = try #require(loaded.site.meetings.first?.meeting)
        #expect(meeting.kind == "заседание муниципальной рабочей группы")
        #expect(meeting.title.hasPrefix("по реализации дорожной карты"))
        #expect(meeting.date == LocalDate(year: 2025, month: 10, day: 15))
        #expect(meeting.number == "3")
        #expect(meeting.place == "пос. Примерный")
        #expect(meeting.chair?.name == "А.В. Смирнова")
        #expect(meeting.secretary?.name == "Н.И. Петренко")
        #expect(meeting.attendees.count == 5)
        #expect(meeting.invited.map(\.name) == ["И.А. Лебедева", "Е.С. Морозов"])
        #expect(
            meeting.agenda.map(\.speakers) == [
                ["Н.И. Петренко, муниципальный координатор"], ["Т.Г. Крылова, руководитель ИМЦ"]
            ])
        #expect(meeting.agenda[0].spoke.map(\.name) == ["О.Н. Панова", "Е.С. Морозов"])
        let decisions = meeting.agenda.flatMap(\.decisions)
        #expect(
            decisions.map(\.text) == [
                "Утвердить график консультаций кураторов для школьных команд.",
                "Провести выезды кураторов в МБОУ Сосновская СОШ и МБОУ Ключевская ООШ с анализом уроков.",
                "Представить в отдел образования результаты входного мониторинга по каждой школе."
            ])
        #expect(decisions.map(\.responsible) == ["муниципальный координатор", "", "руководители школ"])
        #expect(decisions.map { $0.due?.iso ?? "" } == ["2025-10-31", "2025-12-15", "2025-11-20"])
    }

    /// The parts of a decision's text karta reads, in the ways protocols write them.
    @Test(arguments: [
        ("Подготовить справку (срок – до 01.11.2025).", "Подготовить справку.", "", "2025-11-01"),
        ("Рекомендовать школам … (срок – 1 ноября 2025 г.)", "Рекомендовать школам ….", "", "2025-11-01"),
        ("Провести семинар. Ответственный: ИМЦ. Срок: ноябрь 2025 г.", "Провести семинар.", "ИМЦ", "2025-11-30"),
        ("Принять к сведению", "Принять к сведению.", "", "")
    ])
    func aDecisionsTermAndResponsible(_ text: String, _ clean: String, _ responsible: String, _ due: String) {
        let decision = ProtocolTextReader.terms(
            of: ImportedMeeting.Decision(text: text), meetingDate: LocalDate(year: 2025, month: 10, day: 15))
        #expect(decision.text == clean)
        #expect(decision.responsible == responsible)
        #expect(decision.due == due)
    }

    @Test func aDocumentThatIsNeitherIsStillRefused() throws {
        let into = try ImporterTests.folder()
        let file = into + "/letter.txt"
        try "Уважаемые коллеги!\nСообщаем о семинаре.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let result = Importer.run(ImportOptions(file: file, into: into + "/content"))
        guard case .failure(let diagnostics) = result else {
            Issue.record("a letter imported")
            return
        }
        #expect(diagnostics.all.map(\.code) == [.importNoTable])
    }

    /// Item numbers as typos make them: «0.» and a huge number neither stop the import nor make
    /// room for a billion items (found by `make fuzz`'s Word harness: «0. СЛУШАЛИ:»).
    @Test(arguments: ["0", "999999999", "-1"])
    func anOddItemNumberIsTheNextItem(_ number: String) throws {
        let text = """
            ПРОТОКОЛ
            15.10.2025 № 3
            совещания по итогам
            \(number). СЛУШАЛИ:
            Доклад.
            РЕШИЛИ:
            1.1. Принять к сведению.
            """
        let meeting = try #require(ProtocolTextReader.read(SourceDocument(text: text).preface))
        #expect(meeting.items.count == 1)
        #expect(meeting.items.first?.decisions.map(\.text) == ["Принять к сведению."])
    }
}
