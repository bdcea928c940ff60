import Foundation
import Testing

/// A meeting's materials are as of its own date, not the site's: the roadmap's states then, the
/// measures done and fallen overdue since the previous meeting, only the monitoring rounds held
/// by then, and the earlier decisions' states on that day.
struct MeetingMaterialsTests {
    static func text(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func materialsAreAsOfTheMeetingsDate() throws {
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(
            content: SiteFixture.packageRoot.appendingPathComponent("content").path, output: output)
        #expect(result.succeeded, "\(result.diagnostics.all)")
        let first = Self.text(
            try String(contentsOfFile: output + "/meetings/rabochaya-gruppa-2025-10/materials.html", encoding: .utf8))
        let second = Self.text(
            try String(contentsOfFile: output + "/meetings/rabochaya-gruppa-2026-01/materials.html", encoding: .utf8))

        // The first meeting: one round held by 15.10.2025, no earlier meeting and no earlier decisions.
        #expect(first.contains("01.10.2025 (база)") && !first.contains("20.12.2025"), "\(first)")
        #expect(!first.contains("Изменения с прошлого совещания"))
        #expect(first.contains("Решений прежних совещаний нет."))
        // Measure 2.1 was done on 19.12.2025: in progress on 15.10.2025, done since by 20.01.2026.
        #expect(first.contains("Выполнено 5 из 31"), "\(first)")
        #expect(
            second.contains(
                "Изменения с прошлого совещания (15.10.2025): выполнены № Мероприятие Срок Ответственные 1.5 "),
            "\(second)")
        #expect(second.contains(" 2.1 Консультации кураторов для школьных команд "))
        #expect(second.contains("Стали просроченными № Мероприятие Срок Ответственные 1.7 Размещение раздела"))
        #expect(second.contains("01.10.2025 (база) 20.12.2025"))
        // The first meeting's decisions on 20.01.2026: 1.2 overdue since 15.12.2025.
        #expect(
            second.contains(
                "1.2. Провести выезды кураторов в МБОУ Сосновская СОШ и МБОУ Ключевская ООШ с анализом уроков."))
        #expect(second.contains("Кураторы школ до 15.12.2025 просрочено"), "\(second)")
    }
}
