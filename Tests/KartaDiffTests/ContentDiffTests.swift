import Foundation
import KartaCore
import KartaTestSupport
import Testing
@testable import KartaDiff

/// `karta diff` on a history of real-looking edits: each kind of change, in Russian.
struct ContentDiffTests {
    static let site = "title: Проект «500+»\norganization: Отдел образования\nas_of: 2025-10-01\n"

    static func roadmap(_ events: String, schools: String = "[alfa]") -> String {
        """
        ---
        title: Муниципальная дорожная карта
        level: municipal
        period: {academic_year: 2025-2026}
        schools: \(schools)
        approved_by: prikaz-118
        stages:
        \(events)
        ---

        """
    }

    static let before = roadmap(
        """
          - title: Организационный этап
            events:
              - {id: "1.1", title: Анкетирование, when: 03-15 сентября, responsible: Координатор, result: Профили}
              - {id: "1.2", title: Совещание, when: октябрь 2025, responsible: Отдел образования}
              - {id: "1.3", title: Семинар, when: ноябрь 2025, responsible: ИМЦ}
          - title: Основной этап
            events:
              - {id: "2.1", title: Консультации, when: ежемесячно, responsible: Кураторы}
        """)

    static let after = roadmap(
        """
          - title: Организационный этап
            events:
              - id: "1.1"
                title: Анкетирование
                when: 03-15 сентября
                responsible: Координатор
                result: Профили рисков
                status: done
                done: 2025-09-15
                evidence:
                  - {title: Справка, href: files/spravka.pdf}
              - {id: "1.2", title: Совещание, when: декабрь 2025, responsible: Отдел образования}
          - title: Основной этап
            events:
              - {id: "1.3", title: Семинар, when: ноябрь 2025, responsible: ИМЦ и кураторы}
              - {id: "2.2", title: Мониторинг, when: май 2026, responsible: ИМЦ}
        """, schools: "[beta]")

    static func order(_ number: String) -> String {
        "---\ntitle: Об утверждении дорожной карты\nnumber: \"\(number)\"\ndate: 2025-09-05\nappendices:\n  - roadmap: karta\n---\n"
    }

    /// Two commits: the roadmap as adopted, then a month of work on it.
    static func history() throws -> GitFixture {
        let repository = try GitFixture()
        try repository.commit(
            "Дорожная карта",
            [
                "site.yml": site, "roadmaps/karta.md": before, "orders/prikaz-118.md": order("118"),
                "schools/alfa.md": "---\nname: Школа Альфа\n---\n"
            ])
        try repository.commit(
            "Октябрь",
            [
                "site.yml": site.replacingOccurrences(of: "2025-10-01", with: "2025-11-01"),
                "roadmaps/karta.md": after, "orders/prikaz-118.md": order("118-о"),
                "schools/alfa.md":
                    "---\nname: Школа Альфа\ndocuments:\n  - {kind: concept, title: Концепция развития, href: files/koncepciya.pdf}\n---\n",
                "schools/beta.md": "---\nname: Школа Бета\n---\n"
            ])
        return repository
    }

    @Test func everyKindOfChangeIsNamed() throws {
        let repository = try Self.history()
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
        let text = ChangeFormatter.format(changes, as: .text)
        for line in [
            "Изменения содержимого: HEAD~1 → HEAD",
            "  ~ мероприятие 1.1 «Анкетирование»",
            "      статус: запланировано → выполнено 15.09.2025",
            "      + подтверждение: «Справка, files/spravka.pdf»",
            "      срок: «октябрь 2025» → «декабрь 2025»",
            "      ответственные: «ИМЦ» → «ИМЦ и кураторы»",
            "      перенесено: из этапа «Организационный этап» в «Основной этап»",
            "  + мероприятие 2.2 «Мониторинг»",
            "  − мероприятие 2.1 «Консультации»",
            "  + школа «Школа Бета» в карте",
            "  − школа «Школа Альфа» из карты",
            "      результат: «Профили» → «Профили рисков»",
            "  + школа «Школа Бета» (beta)",
            "      + документ: «concept, Концепция развития, files/koncepciya.pdf»",
            "      номер: «118» → «118-о»",
            "      дата отчёта (as_of): «2025-10-01» → «2025-11-01»"
        ] {
            #expect(text.contains(line + "\n"), "\(line)\n---\n\(text)")
        }
    }

    /// The Markdown is what a reviewer pastes into a merge request; reviewed as a golden file.
    @Test func markdownReadsAsAMergeRequestDescription() throws {
        let repository = try Self.history()
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
        let markdown = ChangeFormatter.format(changes, as: .markdown)
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Golden/changes.md")
        if ProcessInfo.processInfo.environment["KARTA_RECORD_GOLDEN"] == "1" {
            try markdown.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(markdown == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test func theWorkingTreeAgainstHEADAndNoChange() throws {
        let repository = try Self.history()
        #expect(try ContentDiff.run(content: repository.content, from: .git("HEAD"), to: .working).isEmpty)
        try repository.write(["schools/beta.md": nil])
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD"), to: .working)
        #expect(ChangeFormatter.format(changes, as: .text).contains("  − школа «Школа Бета» (beta)\n"))
    }

    /// A file that does not decode in one version is listed, not fatal, and not «removed».
    @Test func aBrokenRevisionIsReportedNotFatal() throws {
        let repository = try Self.history()
        try repository.commit("Сломано", ["roadmaps/karta.md": "---\ntitle: [Карта\n---\n"])
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
        #expect(changes.sections.map(\.title) == ["Не прочитано"])
        #expect(changes.sections[0].changes.first?.subject.hasSuffix("roadmaps/karta.md в версии «HEAD»") == true)
    }

    /// A file saved in Windows-1251 in one version cannot be read there: it is listed under «Не
    /// прочитано», not as a roadmap removed (issue #33).
    @Test func aFileNotInUTF8IsUnreadNotRemoved() throws {
        let repository = try Self.history()
        let cp1251 = try #require("---\ntitle: Карта\n---\n".data(using: .windowsCP1251))
        try cp1251.write(to: URL(fileURLWithPath: repository.content + "/roadmaps/karta.md"))
        try repository.git("add", "-A")
        try repository.git("-c", "user.name=k", "-c", "user.email=k@example.org", "commit", "-q", "-m", "1251")
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
        #expect(changes.sections.map(\.title) == ["Не прочитано"])
        #expect(changes.sections[0].changes.first?.subject.hasSuffix("roadmaps/karta.md в версии «HEAD»") == true)
        #expect(changes.sections[0].changes.first?.details.first?.contains("UTF-8") == true)
    }

    /// A committed file name with a line break does not shift the answers of the other files.
    @Test func aFileNameWithALineBreakScramblesNothing() throws {
        let repository = try Self.history()
        try repository.commit(
            "Вложение", ["files/plan\nvtoroy.pdf": "%PDF", "schools/alfa\nbeta.md": "---\nname: Школа\n---\n"])
        try repository.commit("Правка", ["schools/beta.md": "---\nname: Школа Бета\naddress: ул. Мира, 1\n---\n"])
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~2"), to: .git("HEAD"))
        let text = ChangeFormatter.format(changes, as: .text)
        #expect(changes.sections.map(\.title) == ["Школы", "Другие изменения", "Не прочитано"], "\(text)")
        // The file with the line break is itself added (and unread: its name is no address).
        #expect(changes.sections[0].changes.map(\.kind) == [.added, .changed])
        #expect(text.contains("~ школа «Школа Бета» (beta)\n      адрес: «» → «ул. Мира, 1»\n"), "\(text)")
        // Each change one line: the line break in the name is shown, not made.
        #expect(text.contains("+ files/plan\\nvtoroy.pdf\n"), "\(text)")
        #expect(ChangeFormatter.format(changes, as: .markdown).contains("files/plan\\\\nvtoroy.pdf"))
    }

    /// A renamed file that keeps its slug is the same roadmap: no change.
    @Test func aRenameKeepingTheSlugIsNoChange() throws {
        let repository = try Self.history()
        try repository.git("mv", "content/roadmaps/karta.md", "content/roadmaps/karta-2025.md")
        try repository.commit(
            "Переименовано",
            [
                "roadmaps/karta-2025.md": Self.after.replacingOccurrences(
                    of: "level: municipal", with: "slug: karta\nlevel: municipal")
            ])
        #expect(try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD")).isEmpty)
    }

    @Test func revisionsAndRepositoriesThatAreNotThere() throws {
        let repository = try Self.history()
        #expect(throws: DiffError.unknownRevision("v9")) {
            try ContentDiff.run(content: repository.content, from: .git("v9"), to: .working)
        }
        // A «revision» that git would read as an option is refused before git sees it.
        #expect(throws: DiffError.unknownRevision("--output=/tmp/x")) {
            try ContentDiff.run(content: repository.content, from: .git("--output=/tmp/x"), to: .working)
        }
        let outside = try ScratchFolder.content([:])
        #expect(throws: DiffError.notARepository) {
            try ContentDiff.run(content: outside.path, from: .git("HEAD"), to: .working)
        }
    }
}
