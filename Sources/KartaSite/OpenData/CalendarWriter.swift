import KartaCore

/// iCalendar (RFC 5545) of measures: what a calendar app subscribes to or imports.
///
/// A term with dates becomes an all-day event per interval, a deadline an all-day event on its
/// day, a whole-period term an event over its window, a recurrence of once per day, week, month,
/// quarter, half-year or year an event with an `RRULE` up to the window's end. Terms with no dates
/// («по графику», not understood) have no event. Each event's `UID` is made of the roadmap's slug
/// and the row's anchor, so that a calendar app updates an event instead of adding it again.
/// `DTSTAMP` is the as-of date: the same content gives the same file.
struct CalendarWriter {
    let name: String
    let asOf: LocalDate
    /// The site's address, for the events' links and the UIDs' domain; nil when site.yml has none.
    let baseURL: String?
    /// Events, each already folded, with CRLF line ends.
    private var events: [String] = []

    init(name: String, asOf: LocalDate, baseURL: String?) {
        self.name = name
        self.asOf = asOf
        self.baseURL = baseURL
    }

    /// Adds events made by `events(of:roadmap:)` (a school's calendar reuses its roadmaps').
    mutating func add(_ text: String) {
        events.append(text)
    }

    /// The events of one measure of a roadmap, folded, with CRLF line ends; the same in the
    /// roadmap's calendar and in each school's.
    func events(of item: RoadmapStatus.Item, roadmap: ResolvedRoadmap) -> String {
        let event = item.event
        let schedule = event.schedule
        var description = ["Сроки: \(event.when)"]
        if !event.responsible.isEmpty { description.append("Ответственные: \(event.responsible)") }
        if !event.result.isEmpty { description.append("Результат: \(event.result)") }
        description.append("Состояние на \(asOf.russianNumeric): \(item.state.russianLabel)")
        description.append("Дорожная карта: \(roadmap.roadmap.title)")
        let summary = (event.id.isEmpty ? "" : event.id + " ") + event.title
        let uid = "\(roadmap.roadmap.slug)-\(item.anchor)"
        let spans: [(DayInterval, String?)]
        switch schedule.kind {
        case .dates, .wholePeriod:
            spans = schedule.intervals.map { ($0, nil) }
        case .deadline:
            spans = schedule.lastDay.map { [(DayInterval(from: $0, to: $0), nil)] } ?? []
        case .recurring:
            spans = schedule.intervals.map { window in
                guard let rule = schedule.recurrence.flatMap({ Self.rule($0, until: window.to) }) else {
                    return (window, nil)
                }
                return (DayInterval(from: window.from, to: window.from), rule)
            }
        case .bySchedule, .unknown:
            spans = []
        }
        var lines = CalendarLines()
        for (number, (span, rule)) in spans.enumerated() {
            lines.add("BEGIN:VEVENT")
            lines.add("UID:\(uid)\(spans.count > 1 ? "-\(number + 1)" : "")@\(host)")
            lines.add("DTSTAMP:\(Self.basic(asOf))T000000Z")
            lines.add("DTSTART;VALUE=DATE:\(Self.basic(span.from))")
            lines.add("DTEND;VALUE=DATE:\(Self.basic(span.to.adding(days: 1)))")
            if let rule { lines.add("RRULE:\(rule)") }
            lines.add("SUMMARY:", text: summary)
            lines.add("DESCRIPTION:", text: description.joined(separator: "\n"))
            if item.state == .cancelled { lines.add("STATUS:CANCELLED") }
            if let baseURL { lines.add("URL:\(baseURL)\(roadmap.path)#\(item.anchor)") }
            lines.add("END:VEVENT")
        }
        return lines.text
    }

    /// The calendar: CRLF line ends, lines folded at 75 octets.
    var text: String {
        var header = CalendarLines()
        for line in [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//karta//Дорожные карты 500+//RU", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"
        ] {
            header.add(line)
        }
        header.add("X-WR-CALNAME:", text: name)
        return header.text + events.joined() + "END:VCALENDAR\r\n"
    }

    var host: String {
        guard let baseURL, let start = baseURL.range(of: "://") else { return "karta.invalid" }
        return String(baseURL[start.upperBound...].prefix { $0 != "/" && $0 != ":" })
    }

    /// Once per unit only: «2 раза в месяц» has no honest rule, and gets its window instead.
    static func rule(_ recurrence: Recurrence, until: LocalDate) -> String? {
        guard recurrence.times == 1 else { return nil }
        let frequency: String
        switch recurrence.frequency {
        case .daily: frequency = "FREQ=DAILY"
        case .weekly:
            let days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            frequency =
                "FREQ=WEEKLY"
                + (recurrence.weekdays.isEmpty
                    ? "" : ";BYDAY=" + recurrence.weekdays.map { days[$0 - 1] }.joined(separator: ","))
        case .monthly: frequency = "FREQ=MONTHLY"
        case .quarterly: frequency = "FREQ=MONTHLY;INTERVAL=3"
        case .halfYear: frequency = "FREQ=MONTHLY;INTERVAL=6"
        case .yearly: frequency = "FREQ=YEARLY"
        case .everyWeeks:
            guard let weeks = recurrence.everyMax else { return nil }
            frequency = "FREQ=WEEKLY;INTERVAL=\(weeks)"
        case .term, .asNeeded: return nil
        }
        return frequency + ";UNTIL=\(basic(until))"
    }

    /// `20250315`.
    static func basic(_ date: LocalDate) -> String {
        // Not Foundation's replacingOccurrences: called for every event of every calendar.
        String(String.UnicodeScalarView(date.iso.unicodeScalars.filter { $0 != "-" }))
    }
}
