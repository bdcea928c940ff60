import Testing
@testable import KartaCore

/// The state of a measure as of a date, and the anchors of its rows.
struct RoadmapStatusTests {
    static let asOf = LocalDate(year: 2022, month: 6, day: 1)!
    static let period = Period.year(2022)

    /// (entered status, term, state on 1 June 2022)
    static let states: [(EventStatus, String, EventState)] = [
        (.planned, "январь", .overdue),
        (.planned, "31 мая", .overdue),
        (.planned, "1 июня", .planned),
        (.planned, "декабрь", .planned),
        (.inProgress, "февраль – май", .overdue),
        (.inProgress, "в течение года", .inProgress),
        (.done, "январь", .done),
        (.cancelled, "январь", .cancelled),
        // A term not understood has no last day: never overdue.
        (.planned, "после экзаменов", .planned),
        (.planned, "", .planned)
    ]

    @Test(arguments: states)
    func stateAsOfTheDate(status: EventStatus, when: String, expected: EventState) {
        let schedule = ScheduleParser.parse(when, period: Self.period)
        #expect(EventState(status: status, schedule: schedule, asOf: Self.asOf) == expected)
    }

    /// (measure numbers in order, anchors)
    static let anchors: [([String], [String])] = [
        (["1.1", "1.2", "2.1"], ["event-1-1", "event-1-2", "event-2-1"]),
        (["", "", "3"], ["event-n1", "event-n2", "event-3"]),
        (["1.1", "1.1", "1.1"], ["event-1-1", "event-1-1-2", "event-1-1-3"]),
        (["1.1.", "1)", "а"], ["event-1-1", "event-1", "event-n3"])
    ]

    @Test(arguments: anchors)
    func rowAnchorsAreUniqueInARoadmap(ids: [String], expected: [String]) {
        var anchors = EventAnchors()
        #expect(ids.map { anchors.next(for: $0) } == expected)
    }
}
