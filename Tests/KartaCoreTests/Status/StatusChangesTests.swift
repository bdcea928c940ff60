import Testing
@testable import KartaCore

/// What the report's «Изменения с …» lists: done since, overdue since, terms moved.
struct StatusChangesTests {
    static func roadmap(_ events: [(id: String, when: String, status: EventStatus)]) -> Roadmap {
        var roadmap = Roadmap(slug: "karta", file: "karta.md", title: "Карта", level: .municipal, period: .year(2026))
        let location = SourceLocation(file: "karta.md", line: 1, column: 1)
        roadmap.stages = [
            Stage(
                title: "Этап",
                events: events.map { item in
                    var event = Event(id: item.id, title: "Мера \(item.id)", when: item.when, location: location)
                    event.status = item.status
                    event.schedule = ScheduleParser.parse(item.when, period: .year(2026))
                    return event
                })
        ]
        return roadmap
    }

    @Test func doneOverdueAndMovedSinceAnEarlierDay() {
        let before = Self.roadmap([
            ("1", "январь", .planned), ("2", "апрель", .planned), ("3", "май", .planned), ("4", "октябрь", .planned)
        ])
        let now = Self.roadmap([
            ("1", "январь", .planned), ("2", "апрель", .planned), ("3", "май", .done), ("4", "ноябрь", .planned),
            ("5", "февраль", .planned)
        ])
        let changes = StatusChanges(
            before: RoadmapStatus(before, asOf: LocalDate(year: 2026, month: 3, day: 1)!),
            now: RoadmapStatus(now, asOf: LocalDate(year: 2026, month: 6, day: 1)!))
        #expect(changes.done.map(\.event.id) == ["3"])
        // 1 was overdue already on 1 March; 5 is new and overdue.
        #expect(changes.newlyOverdue.map(\.event.id) == ["2", "5"])
        #expect(
            changes.termsMoved.map { "\($0.item.event.id): \($0.before) → \($0.item.event.when)" } == [
                "4: октябрь → ноябрь"
            ])
    }
}
