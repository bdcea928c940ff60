import Testing
import KartaCore
import KartaTestSupport

/// Properties that hold for any input: no crash, ordered intervals, kind matches the intervals.
struct SchedulePropertyTests {
    static let pieces = [
        "март", "мая", "20", "-", "–", "2023", "г.", ",", ";", "(", ")", "1", "раз", "в",
        "четверть", "до", "с", "по", "течение", "года", "31", "12.13.2020", "29.02.2023",
        "квартал", "II", "полугодие", "каждую", "неделю", "среда", "графику", " ", "99999999999",
        "0", "ё", "<p>", "</p>", "учебный", "год", "2023-2024", "начало", "конец", "🙂", "\u{0}"
    ]

    @Test func anyInputGivesAWellFormedSchedule() {
        var generator = SplitMix(seed: 2026)
        let periods: [Period] = [
            .year(2022), .academicYear(startYear: 2023),
            .range(from: LocalDate(year: 2020, month: 1, day: 1)!, to: LocalDate(year: 2021, month: 6, day: 30)!)
        ]
        for _ in 0..<5000 {
            let count = Int(generator.next() % 7)
            let text = (0..<count).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
            let period = periods[Int(generator.next() % 3)]
            let schedule = ScheduleParser.parse(text, period: period)
            #expect(schedule.text == text)
            #expect(schedule.intervals.allSatisfy { $0.from <= $0.to })
            switch schedule.kind {
            case .bySchedule, .unknown: #expect(schedule.intervals.isEmpty)
            case .deadline, .wholePeriod, .recurring: #expect(schedule.intervals.count == 1)
            case .dates: #expect(!schedule.intervals.isEmpty)
            }
            #expect((schedule.recurrence != nil) == (schedule.kind == .recurring))
            #expect(ScheduleParser.parse(text, period: period) == schedule)
        }
    }
}
