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
        var lines = [
            "BEGIN:VEVENT", "UID:\(meeting.meeting.slug)-decision-\(number)@\(host)",
            "DTSTAMP:\(Self.basic(asOf))T000000Z", "DTSTART;VALUE=DATE:\(Self.basic(due))",
            "DTEND;VALUE=DATE:\(Self.basic(due.adding(days: 1)))",
            "SUMMARY:\(Self.escape("Срок решения \(decision.number) \(decision.decision.text)"))",
            "DESCRIPTION:\(Self.escape(description.joined(separator: "\n")))"
        ]
        if state == .cancelled { lines.append("STATUS:CANCELLED") }
        if let baseURL { lines.append("URL:\(baseURL)\(meeting.path)") }
        lines.append("END:VEVENT")
        return lines.map { Self.fold($0) + "\r\n" }.joined()
    }
}
