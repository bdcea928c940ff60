import Testing
import KartaCore
@testable import KartaSite

struct TimelineTests {
    static func roadmap(_ terms: [String], period: Period = .year(2022)) -> RoadmapStatus {
        var roadmap = Roadmap(slug: "r", file: "r.md", title: "Карта", level: .municipal, period: period)
        let location = SourceLocation(file: "r.md", line: 1, column: 1)
        var stage = Stage(title: "Этап")
        for (index, term) in terms.enumerated() {
            var event = Event(
                id: "1.\(index + 1)", title: "Мера", when: term,
                location: SourceLocation(file: "r.md", line: index + 2, column: 1))
            event.schedule = ScheduleParser.parse(term, period: period)
            _ = location
            stage.events.append(event)
        }
        roadmap.stages = [stage]
        return RoadmapStatus(roadmap, asOf: LocalDate(year: 2022, month: 6, day: 15)!)
    }

    @Test func aMeasureInMarchLandsInTheMarchColumn() throws {
        let timeline = Timeline(Self.roadmap(["март"]))
        let march = try #require(timeline.scale.months.first { $0.month == 3 })
        let bar = try #require(timeline.rows.last?.bars.first)
        #expect(abs(bar.x - march.x) < 0.001)
        #expect(abs(bar.width - march.width) < 0.001)
    }

    @Test func monthsCoverThePeriodInOrder() {
        let timeline = Timeline(Self.roadmap([], period: .academicYear(startYear: 2023)))
        let months = timeline.scale.months
        #expect(months.map(\.month) == [9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7, 8])
        #expect(abs(months[0].x - Timeline.labelWidth) < 0.001)
        #expect(abs(months.last!.x + months.last!.width - (Timeline.width - 8)) < 0.001)
        for (a, b) in zip(months, months.dropFirst()) { #expect(abs(a.x + a.width - b.x) < 0.001) }
    }

    @Test func listsGiveOneBarPerIntervalAndUnplacedTermsAreListed() {
        let timeline = Timeline(Self.roadmap(["Март-май-июнь", "По графику ИРО", "ежеквартально", "непонятно"]))
        let events = timeline.rows.filter { if case .event = $0.kind { true } else { false } }
        #expect(events.map(\.bars.count) == [3, 1])
        #expect(events[1].bars.first?.recurring == true)
        #expect(timeline.unplaced.map(\.event.when) == ["По графику ИРО", "непонятно"])
    }

    @Test func unplacedTermsSayWhy() {
        let status = Self.roadmap(["", "По графику ИРО", "непонятно", "май 2021"])
        #expect(
            Timeline(status).unplaced.map { PageBuilder.reason($0) } == [
                .noTerm, .bySchedule, .notUnderstood, .outsidePeriod
            ])
    }

    @Test func statusAsOfMarksOverdue() {
        let status = Self.roadmap(["март", "декабрь"])
        #expect(status.items.map(\.state) == [.overdue, .planned])
        #expect(Timeline(status).asOfX != nil)
    }
}
