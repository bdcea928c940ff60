import Foundation
import KartaTestSupport
import Testing

@testable import KartaCore

/// A meeting's protocol read from its file, its decisions linked to roadmaps, measures and
/// schools, and their state on the dates around their deadlines.
struct MeetingTests {
    static let site = "title: Сайт\nas_of: 2026-02-02\n"
    static let roadmap = """
        ---
        title: Карта
        level: municipal
        period: {academic_year: 2025-2026}
        schools: [sosnovka]
        stages:
          - title: Этап
            events:
              - {id: "2.1", title: Консультации, when: ежемесячно}
              - {id: "2.2", title: Выезды кураторов, when: ноябрь 2025}
        ---

        """
    static let school = "---\nname: Сосновская СОШ\n---\n"

    static func load(_ meeting: String) throws -> (LoadedSite, String) {
        let content = try ScratchFolder.content([
            "site.yml": site, "roadmaps/plan.md": roadmap, "schools/sosnovka.md": school,
            "meetings/rg-1.md": meeting
        ])
        let loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        return (loaded, content.path + "/meetings/rg-1.md")
    }

    @Test func aProtocolIsReadWithItsDecisionsLinked() throws {
        let (loaded, _) = try Self.load(
            """
            ---
            kind: заседание рабочей группы
            title: по реализации дорожной карты
            date: 2025-10-15
            number: "3"
            chair: {name: А.В. Смирнова, position: начальник отдела}
            secretary: {name: Н.И. Петренко}
            attendees: 24
            invited: [{name: И.А. Лебедева, position: методист}]
            agenda:
              - title: О выездах кураторов
                speakers: [Н.И. Петренко]
                heard: Доклад о выездах.
                spoke: [{name: О.Н. Панова, text: о графике}]
                decisions:
                  - text: Провести выезды.
                    responsible: Кураторы
                    due: 2025-12-15
                    roadmap: plan
                    measure: "2.2"
                    school: sosnovka
                  - {text: Подготовить справку., due: 15.01.2026, status: done, done: 2026-01-10}
            ---
            Примечание.
            """)
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        let meeting = try #require(loaded.site.meetings.first)
        #expect(meeting.meeting.heading == "заседания рабочей группы по реализации дорожной карты")
        #expect(meeting.meeting.attendees == .count(24))
        #expect(meeting.meeting.invited == [Person(name: "И.А. Лебедева", position: "методист")])
        #expect(meeting.decisions.map(\.number) == ["1.1.", "1.2."])
        let visits = meeting.decisions[0]
        #expect(visits.roadmap == 0)
        #expect(visits.measure.map { loaded.site.roadmaps[0].status.items[$0].event.title } == "Выезды кураторов")
        #expect(visits.schools == [0])
        #expect(loaded.site.decisions(concerningRoadmap: 0).map(\.decision) == [0])
        #expect(loaded.site.decisions(concerningSchool: 0).map(\.decision) == [0])
        #expect(meeting.paths.page == "meetings/rg-1/index.html")
    }

    /// Each reference that names nothing is a located error, with the nearest name suggested.
    @Test(arguments: [
        ("roadmap: 1️⃣plam", "Дорожная карта «plam» не найдена; возможно, имелось в виду «plan»"),
        (
            "roadmap: plan\n        measure: 1️⃣\"2.22\"",
            "в дорожной карте «plan» нет мероприятия № 2.22; возможно, имелось в виду «2.2»"
        ),
        ("school: 1️⃣sosnowka", "Школа «sosnowka» не найдена; возможно, имелось в виду «sosnovka»"),
        ("measure: 1️⃣\"2.2\"", "указано мероприятие measure, но не указана дорожная карта roadmap, в которой оно есть")
    ])
    func aDanglingReferenceIsLocated(_ reference: String, _ message: String) throws {
        let text = MarkedText(
            """
            ---
            kind: совещание
            title: по итогам четверти
            date: 2025-10-15
            agenda:
              - title: Вопрос
                decisions:
                  - text: Решение.
                    \(reference)
            ---

            """)
        let (loaded, path) = try Self.load(text.text)
        let problem = try #require(loaded.diagnostics.all.first, "no diagnostic")
        #expect(loaded.diagnostics.all.count == 1, "\(loaded.diagnostics.all)")
        #expect(problem.message == message)
        #expect("\(problem.location)" == "\(path):\(text[1])")
    }

    @Test func aMeetingWithoutItsDateOrKindIsAnError() throws {
        let (loaded, path) = try Self.load("---\ntitle: по итогам\n---\n")
        #expect(
            loaded.diagnostics.all.map(\.message).sorted() == [
                "не указано обязательное поле «date»", "не указано обязательное поле «kind»"
            ])
        #expect(loaded.diagnostics.all.allSatisfy { $0.location.file == path })
    }

    /// The state as of a date: done from its `done` day on, overdue from the day after its deadline.
    @Test(arguments: [
        (EventStatus.planned, nil as String?, "2025-12-15", EventState.planned),
        (.planned, nil, "2025-12-16", .overdue),
        (.inProgress, nil, "2025-12-15", .inProgress),
        (.inProgress, nil, "2025-12-16", .overdue),
        (.done, "2025-12-20", "2025-12-19", .overdue),
        (.done, "2025-12-20", "2025-12-20", .done),
        (.done, "2025-12-10", "2025-12-01", .inProgress),
        (.cancelled, nil, "2026-06-01", .cancelled)
    ])
    func aDecisionsStateAroundItsDates(_ status: EventStatus, _ done: String?, _ asOf: String, _ state: EventState) {
        var decision = Decision(text: "Решение", location: SourceLocation(file: "m.md"))
        decision.due = LocalDate(parsing: "2025-12-15")
        decision.status = status
        decision.done = done.flatMap(LocalDate.init(parsing:))
        #expect(decision.state(asOf: LocalDate(parsing: asOf)!) == state)
    }

    @Test(arguments: [
        ("совещание", "совещания"), ("заседание рабочей группы", "заседания рабочей группы"),
        ("коллегия", "коллегии"), ("совет", "совета"), ("комиссия по качеству", "комиссии по качеству")
    ])
    func theKindTakesTheGenitive(_ kind: String, _ genitive: String) {
        #expect(Meeting.genitive(kind) == genitive)
    }

    @Test func aProtocolEnteredTwiceIsNamed() throws {
        let meeting = "---\nkind: совещание\ntitle: по итогам\ndate: 2025-10-15\nnumber: \"3\"\n---\n"
        let content = try ScratchFolder.content([
            "site.yml": Self.site, "meetings/a.md": meeting, "meetings/b.md": meeting
        ])
        let loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        let problem = try #require(loaded.diagnostics.all.first)
        #expect(loaded.diagnostics.all.count == 1)
        #expect(problem.severity == .warning)
        #expect(problem.message == "протокол № 3 от 15.10.2025 уже есть; проверьте номер и дату")
        #expect(problem.location.file.hasSuffix("meetings/b.md"))
        #expect(problem.notes.map(\.location.file).allSatisfy { $0.hasSuffix("meetings/a.md") })
    }

    /// A meeting of thousands of items or names is refused with its count, and only the first are
    /// read: 3,000 items naming a school once made 3,000 extracts of 600 KB and a 5 GB build.
    @Test func tooManyItemsOrNamesAreNamed() throws {
        let items = (0...Limits.agendaItems).map { _ in "  - {title: Вопрос}" }.joined(separator: "\n")
        let names = (0...Limits.attendees).map { "У\($0)" }.joined(separator: ", ")
        let text = MarkedText(
            "---\nkind: совещание\ntitle: по итогам\ndate: 2025-10-15\nattendees: 1️⃣[\(names)]\nagenda:\n  2️⃣\(items.dropFirst(2))\n---\n"
        )
        let (loaded, path) = try Self.load(text.text)
        #expect(
            loaded.diagnostics.all.map { "\($0.location)" } == ["\(path):\(text[1])", "\(path):\(text[2])"],
            "\(loaded.diagnostics.all)")
        #expect(loaded.diagnostics.all.allSatisfy { $0.code == .tooLarge && $0.severity == .error })
        #expect(
            loaded.diagnostics.all.first?.message
                == "поле «attendees»: элементов 1001, а допускается не больше 1000; лишние не учитываются")
        let meeting = try #require(loaded.loaded.content.meetings.first)
        #expect(meeting.agenda.count == Limits.agendaItems)
        #expect(meeting.attendees.count == Limits.attendees)
    }
}
