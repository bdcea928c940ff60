import KartaCore

/// `roadmaps/<slug>/measures.csv`: a roadmap's measures for a spreadsheet. UTF-8 with a byte
/// order mark and `;` between fields, CRLF line ends: what Excel in a Russian locale opens as a
/// table with Cyrillic intact (with `,` it would read one column, without the mark a code page).
enum MeasuresCSV {
    static let header = [
        "№", "Этап", "Мероприятие", "Сроки", "Начало", "Окончание", "Ответственные", "Результат",
        "Состояние", "Дата выполнения"
    ]

    static func text(_ status: RoadmapStatus) -> String {
        var rows = [header]
        for stage in status.stages {
            for item in stage.items {
                let event = item.event
                rows.append([
                    event.id, stage.stage.title, event.title, event.when,
                    event.schedule.firstDay?.russianNumeric ?? "", event.schedule.lastDay?.russianNumeric ?? "",
                    event.responsible, event.result, item.state.russianLabel, event.done?.russianNumeric ?? ""
                ])
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quoted when it holds `;`, a quote, a line break or edge spaces; quotes doubled. A cell that
    /// a spreadsheet would take for a formula (`=`, `+`, `-`, `@`, a tab or CR first) starts with
    /// `'` instead, as OWASP advises: `=HYPERLINK(…)` in a title stays text.
    static func field(_ text: String) -> String {
        if let first = text.utf8.first,
            [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 9, 13].contains(first)
        {
            return field("'" + text)
        }
        let needsQuotes =
            text.containsByte { $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13 }
            || text.utf8.first == 32 || text.utf8.last == 32
        guard needsQuotes else { return text }
        return "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
}
