import Foundation
import KartaTestSupport
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
        #expect(!first.contains("с прошлого совещания"))
        #expect(first.contains("Решений прежних совещаний нет."))
        // Measure 2.1 was done on 19.12.2025: in progress on 15.10.2025, done since by 20.01.2026.
        #expect(first.contains("Выполнено 5 из 31"), "\(first)")
        #expect(
            second.contains(
                "Выполнены с прошлого совещания (15.10.2025) № Мероприятие Срок Ответственные 1.5 "),
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

    /// In git, the roadmap's edits between the versions committed by the two meetings' days: a
    /// measure added and a term moved after the first meeting show; an edit before it does not.
    @Test func editsSinceThePreviousMeetingComeFromGit() throws {
        let repository = try GitFixture()
        let roadmap = { (events: String) in
            """
            ---
            title: Карта
            level: municipal
            period: {academic_year: 2025-2026}
            stages:
              - title: Этап
                events:
            \(events)
            ---

            """
        }
        let meeting = { (date: String, number: String) in
            """
            ---
            kind: совещание
            title: по итогам
            date: \(date)
            number: "\(number)"
            agenda:
              - title: Вопрос
                decisions:
                  - {text: Решение., due: \(date), roadmap: plan}
            ---

            """
        }
        try repository.commit(
            "start",
            [
                "site.yml": "title: Сайт\nas_of: 2026-02-01\n",
                "roadmaps/plan.md": roadmap("      - {id: \"1\", title: Анкетирование, when: октябрь 2025}")
            ], date: "2025-10-01")
        try repository.commit(
            "before",
            ["roadmaps/plan.md": roadmap("      - {id: \"1\", title: Анкетирование школ, when: октябрь 2025}")],
            date: "2025-10-10")
        try repository.commit("first", ["meetings/m-1.md": meeting("2025-10-15", "1")], date: "2025-10-15")
        try repository.commit(
            "after",
            [
                "roadmaps/plan.md": roadmap(
                    """
                          - {id: "1", title: Анкетирование школ, when: ноябрь 2025}
                          - {id: "2", title: Семинар, when: декабрь 2025}
                    """)
            ], date: "2025-12-01")
        try repository.commit("second", ["meetings/m-2.md": meeting("2026-01-20", "2")], date: "2026-01-20")
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: repository.content, output: output)
        #expect(result.succeeded, "\(result.diagnostics.all)")
        let second = Self.text(try String(contentsOfFile: output + "/meetings/m-2/materials.html", encoding: .utf8))
        #expect(second.contains("Изменения с прошлого совещания (15.10.2025): правки дорожной карты"), "\(second)")
        #expect(second.contains("мероприятие 1 «Анкетирование школ»"), "\(second)")
        #expect(second.contains("срок: «октябрь 2025» → «ноябрь 2025»"), "\(second)")
        #expect(second.contains("+ мероприятие 2 «Семинар»"), "\(second)")
        // Renamed before the first meeting: not an edit since it.
        #expect(!second.contains("«Анкетирование» →"), "\(second)")
    }
}
