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
        var lines: [String] = []
        for (number, (span, rule)) in spans.enumerated() {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(uid)\(spans.count > 1 ? "-\(number + 1)" : "")@\(host)")
            lines.append("DTSTAMP:\(Self.basic(asOf))T000000Z")
            lines.append("DTSTART;VALUE=DATE:\(Self.basic(span.from))")
            lines.append("DTEND;VALUE=DATE:\(Self.basic(span.to.adding(days: 1)))")
            if let rule { lines.append("RRULE:\(rule)") }
            lines.append("SUMMARY:\(Self.escape(summary))")
            lines.append("DESCRIPTION:\(Self.escape(description.joined(separator: "\n")))")
            if item.state == .cancelled { lines.append("STATUS:CANCELLED") }
            if let baseURL { lines.append("URL:\(baseURL)\(roadmap.path)#\(item.anchor)") }
            lines.append("END:VEVENT")
        }
        return lines.map { Self.fold($0) + "\r\n" }.joined()
    }

    /// The calendar: CRLF line ends, lines folded at 75 octets.
    var text: String {
        let header = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//karta//Дорожные карты 500+//RU", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(Self.escape(name))"
        ]
        return header.map { Self.fold($0) + "\r\n" }.joined() + events.joined() + "END:VCALENDAR\r\n"
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

    /// TEXT values (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, a line break (LF,
    /// CR or CRLF) written as `\n`; other control characters dropped, so that no value can end
    /// its line and start a property of its own.
    static func escape(_ text: String) -> String {
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") || $0 < 0x20
                    || $0 == 0x7F
            })
        else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: ";"), UInt8(ascii: ","): out += [UInt8(ascii: "\\"), byte]
            case 13: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 10 where previous == 13: break
            case 10: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 9: out.append(32)
            case 0..<0x20, 0x7F: break
            default: out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A line longer than 75 octets goes on in lines that start with a space, never inside a
    /// UTF-8 sequence.
    static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 36)
        var start = 0, limit = 75
        while start < bytes.count {
            var end = min(bytes.count, start + limit)
            // Back to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
            while end < bytes.count && end > start && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if start > 0 { out += [13, 10, 32] }
            out += bytes[start..<end]
            start = end
            limit = 74
        }
        return String(decoding: out, as: UTF8.self)
    }
}
