import Testing
import KartaCore

/// Every date form of the programme's documents (day, month, quarter, half-year, ranges, recurrences)
/// and every term of the five seeds, with the period its document states.
struct ScheduleParserTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let period: Period
        let kind: ScheduleKind
        /// «2022-02-03/2022-02-15», several separated by spaces.
        let intervals: String
        var testDescription: String { "«\(text)»" }

        init(_ text: String, _ period: Period, _ kind: ScheduleKind, _ intervals: String = "") {
            self.text = text
            self.period = period
            self.kind = kind
            self.intervals = intervals
        }
    }

    static let y2020 = Period.year(2020)
    static let y2021 = Period.year(2021)
    static let y2022 = Period.year(2022)
    static let a2023 = Period.academicYear(startYear: 2023)
    static let r2020 = Period.range(
        from: LocalDate(year: 2020, month: 1, day: 1)!, to: LocalDate(year: 2021, month: 12, day: 31)!)

    static let domainForms: [Case] = [
        Case("март", y2022, .dates, "2022-03-01/2022-03-31"),
        Case("Август", y2022, .dates, "2022-08-01/2022-08-31"),
        Case("сентябрь 2023 г", a2023, .dates, "2023-09-01/2023-09-30"),
        Case("Январь 2020г.", y2020, .dates, "2020-01-01/2020-01-31"),
        Case("май 2024 г.", a2023, .dates, "2024-05-01/2024-05-31"),
        Case("03-15 февраля", y2022, .dates, "2022-02-03/2022-02-15"),
        Case("10-30 марта", y2022, .dates, "2022-03-10/2022-03-30"),
        Case("20-30апрель", y2022, .dates, "2022-04-20/2022-04-30"),
        Case("20-30декабря", y2022, .dates, "2022-12-20/2022-12-30"),
        Case("Февраль-май 2020г.", y2020, .dates, "2020-02-01/2020-05-31"),
        Case("Март -июнь 2020г.", y2020, .dates, "2020-03-01/2020-06-30"),
        Case("февраль – май 2022", y2022, .dates, "2022-02-01/2022-05-31"),
        Case("Август-декабрь", y2022, .dates, "2022-08-01/2022-12-31"),
        Case("январь-февраль 2022", y2022, .dates, "2022-01-01/2022-02-28"),
        Case("Март-май-июнь", y2022, .dates, "2022-03-01/2022-03-31 2022-05-01/2022-05-31 2022-06-01/2022-06-30"),
        Case("декабрь 2023, июнь 2024", a2023, .dates, "2023-12-01/2023-12-31 2024-06-01/2024-06-30"),
        Case("Август 2020; август 2021", r2020, .dates, "2020-08-01/2020-08-31 2021-08-01/2021-08-31"),
        Case("23 марта-04 апреля", y2020, .dates, "2020-03-23/2020-04-04"),
        Case("23 марта- 23 мая 2020 г.", y2020, .dates, "2020-03-23/2020-05-23"),
        Case("12 марта 2021 г.", y2021, .dates, "2021-03-12/2021-03-12"),
        Case("10.06.2021", y2021, .dates, "2021-06-10/2021-06-10"),
        Case("1 квартал 2020 года", y2020, .dates, "2020-01-01/2020-03-31"),
        Case("в течение года", y2022, .wholePeriod, "2022-01-01/2022-12-31"),
        Case("В течении года", a2023, .wholePeriod, "2023-09-01/2024-08-31"),
        Case("В течение 2020 года", r2020, .wholePeriod, "2020-01-01/2020-12-31"),
        Case("В течение всего периода", r2020, .wholePeriod, "2020-01-01/2021-12-31"),
        Case("Весь период реализации", y2021, .wholePeriod, "2021-01-01/2021-12-31"),
        Case("на постоянной основе с сентября 2020", y2022, .wholePeriod, "2020-09-01/2022-12-31"),
        Case("ежеквартально", a2023, .recurring, "2023-09-01/2024-08-31"),
        Case("1 раз в четверть", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("1 раз в месяц (сентябрь-декабрь)", y2022, .recurring, "2022-09-01/2022-12-31"),
        Case("Каждую неделю: среда, четверг, пятница", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("Не реже 1 раза в 3-4 недели", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("По графику ИРО", y2022, .bySchedule),
        Case("По графику школы", y2022, .bySchedule),
        Case("По отдельному графику", y2021, .bySchedule),
        Case("Февраль-", y2022, .dates, "2022-02-01/2022-02-28"),
        Case("20-30 мая 10.06.2021 21,", y2021, .dates, "2021-05-20/2021-05-30 2021-06-10/2021-06-10"),
        Case("до 30 ноября 2020 г.", y2020, .deadline, "2020-01-01/2020-11-30"),
        Case("до 15.10.2023", a2023, .deadline, "2023-09-01/2023-10-15"),
        Case("I квартал 2024 г.", a2023, .dates, "2024-01-01/2024-03-31"),
        Case("II полугодие", y2022, .dates, "2022-07-01/2022-12-31"),
        Case("II полугодие", a2023, .dates, "2024-01-01/2024-05-31"),
        Case("с 01.09.2023 по 31.05.2024", a2023, .dates, "2023-09-01/2024-05-31"),
        Case("ежемесячно", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("еженедельно", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("по мере необходимости", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("2023–2024 учебный год", a2023, .wholePeriod, "2023-09-01/2024-08-31")
    ]

    static let robustness: [Case] = [
        Case("МАРТ", y2022, .dates, "2022-03-01/2022-03-31"),
        Case("апрель2015года", y2022, .dates, "2015-04-01/2015-04-30"),
        Case("Март—июнь", y2022, .dates, "2022-03-01/2022-06-30"),
        Case("март*", y2022, .dates, "2022-03-01/2022-03-31"),
        Case("март,", y2022, .dates, "2022-03-01/2022-03-31"),
        Case("сентябрь-май", a2023, .dates, "2023-09-01/2024-05-31"),
        Case("IV квартал", y2022, .dates, "2022-10-01/2022-12-31"),
        Case("2 полугодие 2023 г.", a2023, .dates, "2023-07-01/2023-12-31"),
        Case("3 четверть", a2023, .dates, "2024-01-01/2024-03-31"),
        Case("начало сентября", a2023, .dates, "2023-09-01/2023-09-10"),
        Case("конец мая", a2023, .dates, "2024-05-21/2024-05-31"),
        Case("дважды в год", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("по средам", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("не позднее 10.10.2022", y2022, .deadline, "2022-01-01/2022-10-10"),
        Case("ёжемесячно", y2022, .recurring, "2022-01-01/2022-12-31"),
        Case("--", y2022, .unknown),
        Case("", y2022, .unknown),
        Case("после экзаменов", y2022, .unknown),
        Case("В течение учебного года", a2023, .wholePeriod, "2023-09-01/2024-08-31"),
        Case("май-сентябрь 2022", y2022, .dates, "2022-05-01/2022-09-30"),
        Case("ноябрь-февраль", y2022, .dates, "2022-11-01/2023-02-28"),
        Case("29 февраля", .year(2024), .dates, "2024-02-29/2024-02-29")
    ]

    /// Seed terms not already among the DOMAIN forms (000: 2022, 001: 2023–2024, 002: 2020–2021, 003: 2022, 004: 2021).
    static let seedTerms: [Case] = [
        Case("1-10 июня", y2022, .dates, "2022-06-01/2022-06-10"),
        Case("1-15 июня", y2022, .dates, "2022-06-01/2022-06-15"),
        Case("1-20 июня", y2022, .dates, "2022-06-01/2022-06-20"),
        Case("10-20 декабря", y2022, .dates, "2022-12-10/2022-12-20"),
        Case("10-30 декабря", y2022, .dates, "2022-12-10/2022-12-30"),
        Case("15-20 декабря", y2022, .dates, "2022-12-15/2022-12-20"),
        Case("15-20 июня", y2022, .dates, "2022-06-15/2022-06-20"),
        Case("20-30 июня", y2022, .dates, "2022-06-20/2022-06-30"),
        Case("25-30 декабря", y2022, .dates, "2022-12-25/2022-12-30"),
        Case("25-30 марта", y2022, .dates, "2022-03-25/2022-03-30"),
        Case("апрель", y2022, .dates, "2022-04-01/2022-04-30"),
        Case("декабрь", y2022, .dates, "2022-12-01/2022-12-31"),
        Case("сентябрь", y2022, .dates, "2022-09-01/2022-09-30"),
        Case("июнь 2024", a2023, .dates, "2024-06-01/2024-06-30"),
        Case("октябрь 2023", a2023, .dates, "2023-10-01/2023-10-31"),
        Case("Апрель-май 2020 года", r2020, .dates, "2020-04-01/2020-05-31"),
        Case("Март-май 2020", r2020, .dates, "2020-03-01/2020-05-31"),
        Case("Сентябрь 2020", r2020, .dates, "2020-09-01/2020-09-30"),
        Case("Сентябрь 2020г.", r2020, .dates, "2020-09-01/2020-09-30"),
        Case("Февраль 2020", r2020, .dates, "2020-02-01/2020-02-29"),
        Case("Февраль-июнь 2020г.", r2020, .dates, "2020-02-01/2020-06-30"),
        Case("Февраль-март 2020г.", r2020, .dates, "2020-02-01/2020-03-31"),
        Case("Ноябрь 2021", r2020, .dates, "2021-11-01/2021-11-30"),
        Case(
            "<p>Февраль-май 2020г.</p> <p>Март-апрель 2020г.</p>", r2020, .dates,
            "2020-02-01/2020-05-31 2020-03-01/2020-04-30"),
        Case("август 2022", y2022, .dates, "2022-08-01/2022-08-31"),
        Case("апрель-май 2022", y2022, .dates, "2022-04-01/2022-05-31"),
        Case("декабрь 2021", y2022, .dates, "2021-12-01/2021-12-31"),
        Case("июнь – октябрь 2022", y2022, .dates, "2022-06-01/2022-10-31"),
        Case("август – ноябрь 2022", y2022, .dates, "2022-08-01/2022-11-30"),
        Case("июнь-июль 2022", y2022, .dates, "2022-06-01/2022-07-31"),
        Case("май-июнь 2022", y2022, .dates, "2022-05-01/2022-06-30"),
        Case("май-сентябрь 2022", y2022, .dates, "2022-05-01/2022-09-30"),
        Case("ноябрь-декабрь 2022", y2022, .dates, "2022-11-01/2022-12-31"),
        Case("октябрь-ноябрь 2022", y2022, .dates, "2022-10-01/2022-11-30"),
        Case("Август 2021 г.", y2021, .dates, "2021-08-01/2021-08-31"),
        Case("Декабрь 2021 г.", y2021, .dates, "2021-12-01/2021-12-31"),
        Case("Июнь 2021 г.", y2021, .dates, "2021-06-01/2021-06-30"),
        Case("Март 2021 г.", y2021, .dates, "2021-03-01/2021-03-31"),
        Case("Март-апрель 2021 г.", y2021, .dates, "2021-03-01/2021-04-30"),
        Case("Октябрь-ноябрь 2021 г.", y2021, .dates, "2021-10-01/2021-11-30"),
        Case("Сентябрь 2021 г.", y2021, .dates, "2021-09-01/2021-09-30")
    ]

    @Test(arguments: domainForms + robustness + seedTerms)
    func understands(_ testCase: Case) {
        let schedule = ScheduleParser.parse(testCase.text, period: testCase.period)
        #expect(schedule.kind == testCase.kind)
        #expect(Self.render(schedule.intervals) == testCase.intervals)
        #expect(schedule.text == testCase.text)
    }

    @Test func recurrenceDetails() {
        let weekly = ScheduleParser.parse("Каждую неделю: среда, четверг, пятница (", period: Self.y2022)
        #expect(weekly.recurrence == Recurrence(frequency: .weekly, weekdays: [3, 4, 5]))
        let rare = ScheduleParser.parse("Не реже 1 раза в 3-4 недели", period: Self.y2022)
        #expect(rare.recurrence == Recurrence(frequency: .everyWeeks, everyMin: 3, everyMax: 4))
        let term = ScheduleParser.parse("1 раз в четверть", period: Self.y2022)
        #expect(term.recurrence == Recurrence(frequency: .term))
        let twice = ScheduleParser.parse("2 раза в месяц", period: Self.y2022)
        #expect(twice.recurrence == Recurrence(frequency: .monthly, times: 2))
    }

    /// Bare days with no month anywhere in a chain crashed the parser (issue 13).
    @Test(arguments: ["1-2-3", "1-1-", "1–2–3", "сентябрь 1-2-3", "1-2-3 сентября", "5-"])
    func chainsOfBareDaysDoNotCrash(_ text: String) {
        let schedule = ScheduleParser.parse(text, period: Self.y2022)
        #expect(schedule.text == text)
        if !text.contains("сентяб") { #expect(schedule.kind == .unknown) }
    }

    /// A date no calendar has is not read as a nearby one (issue 13): the term stays not understood,
    /// so that `check` warns at it.
    @Test(arguments: [
        "32 марта", "31 апреля", "0 мая", "29 февраля 2023", "с 31.12.2022 по 01.01.2022",
        "до 32.13.2022", "00.05", "0 раз в месяц", "100 раз в неделю", "Сентябрь 99999 г.",
        "2023-2022 учебный год", "с 20 по 10 марта"
    ])
    func impossibleDatesAreNotRemapped(_ text: String) {
        #expect(ScheduleParser.parse(text, period: Self.y2022).kind == .unknown)
    }

    /// …while the possible neighbours of those dates still read.
    @Test(arguments: [
        ("29 февраля 2024", "2024-02-29/2024-02-29"), ("30 апреля", "2022-04-30/2022-04-30"),
        ("с 01.01.2022 по 31.12.2022", "2022-01-01/2022-12-31"), ("с 10 по 20 марта", "2022-03-10/2022-03-20")
    ])
    func possibleDatesStillRead(_ text: String, _ expected: String) {
        #expect(Self.render(ScheduleParser.parse(text, period: Self.y2022).intervals) == expected)
    }

    static func render(_ intervals: [DayInterval]) -> String {
        intervals.map { "\($0.from.iso)/\($0.to.iso)" }.joined(separator: " ")
    }
}
