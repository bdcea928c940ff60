import KartaCore

extension CalendarWriter {
    /// A decision's deadline as an all-day event, folded, with CRLF line ends; none without a
    /// deadline. Its `UID` is the meeting's slug and the decision's number, so that a calendar app
    /// updates the event when the decision changes.
    func event(of decision: ResolvedMeeting.Decision, meeting: ResolvedMeeting) -> String {
        guard let due = decision.decision.due else { return "" }
        let state = decision.decision.state(asOf: asOf)
        var description = ["Решение \(decision.number) \(decision.decision.text)"]
        if !decision.decision.responsible.isEmpty {
            description.append("Ответственный: \(decision.decision.responsible)")
        }
        description.append("Состояние на \(asOf.russianNumeric): \(state.russianLabel)")
        let number = decision.number.split(separator: ".").joined(separator: "-")
        var lines = CalendarLines()
        lines.add("BEGIN:VEVENT")
        lines.add("UID:\(meeting.meeting.slug)-decision-\(number)@\(host)")
        lines.add("DTSTAMP:\(Self.basic(asOf))T000000Z")
        lines.add("DTSTART;VALUE=DATE:\(Self.basic(due))")
        lines.add("DTEND;VALUE=DATE:\(Self.basic(due.adding(days: 1)))")
        lines.add("SUMMARY:", text: "Срок решения \(decision.number) \(decision.decision.text)")
        lines.add("DESCRIPTION:", text: description.joined(separator: "\n"))
        if state == .cancelled { lines.add("STATUS:CANCELLED") }
        if let baseURL { lines.add("URL:\(baseURL)\(meeting.path)") }
        lines.add("END:VEVENT")
        return lines.text
    }
}
