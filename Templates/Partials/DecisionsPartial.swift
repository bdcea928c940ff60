import KartaSite

/// The decisions of meetings that concern a roadmap or a school: what was decided, by whom, by
/// when, and its state — an overdue one marked as an overdue measure is.
enum DecisionsPartial {
    /// - Parameter print: the table of a printed document (a report), in its style.
    static func render(_ lines: [DecisionLine], print: Bool = false) -> HTML {
        """
        <table class="\(print ? "print-table decisions" : "decisions")">
        <thead><tr><th scope="col">Решение</th><th scope="col">Ответственный</th><th scope="col">Срок</th>\
        <th scope="col">Статус</th><th scope="col">Протокол</th></tr></thead>
        <tbody>\(each: lines, row)</tbody>
        </table>

        """
    }

    private static func row(_ line: DecisionLine) -> HTML {
        """
        <tr class="state-\(line.state)"><td>\(line.number) \(line.text)\
        \(ifLet: line.measure, { "<br><a href=\"\($0.href)\">\($0.label)</a>" })</td>\
        <td>\(line.responsible)</td><td>\(line.due)</td>\
        <td><span class="badge badge-\(line.state)">\(line.stateLabel)</span>\(nonEmpty: line.done, { " \($0)" })</td>\
        <td><a href="\(line.meeting.href)">\(line.meeting.label)</a></td></tr>
        """
    }
}
