import KartaWord

extension WordWriter {
    /// The mark and stamp block: 75 mm wide at the right margin, as on the printed page.
    static let markWidth = 75.0

    /// An appendix's mark («Приложение 1 к приказу …») and the approval stamp under it, at the right
    /// margin; either may be empty.
    mutating func markBlock(_ markLines: [String], stamp stampLines: [String]) {
        var mark = WordStyle.plain()
        mark.leftIndent = textWidth - Self.markWidth
        mark.size = 12
        if !markLines.isEmpty { paragraph(markLines.joined(separator: "\n"), style: mark) }
        if !stampLines.isEmpty {
            mark.spaceBefore = markLines.isEmpty ? 0 : 12
            paragraph(stampLines.joined(separator: "\n"), style: mark)
        }
    }

    /// A roadmap's measures with the document's own columns: a row per stage, a row per measure;
    /// the header repeats on every page.
    /// - Parameter withState: the report's columns too: the state, the day it was done, the evidence.
    mutating func measuresTable(_ table: MeasuresTable, withState: Bool = false) {
        var rows: [[String]] = []
        for stage in table.stages {
            if !stage.title.isEmpty { rows.append([stage.title + (stage.when.isEmpty ? "" : " (\(stage.when))")]) }
            rows += stage.rows.map { row in
                [row.id] + row.cells.map(\.text)
                    + (withState
                        ? [row.stateLabel, row.done, row.evidence.map(\.label).joined(separator: "\n")] : [])
            }
        }
        let widths = table.headers.map { header -> Double in
            switch header.column {
            case "title": 4
            case "when": 2
            case "responsible": 2.5
            default: 3.5
            }
        }
        let states = withState ? ["Статус", "Дата выполнения", "Подтверждение"] : []
        self.table(
            header: [table.numberCaption] + table.headers.map(\.caption) + states, rows: rows,
            widths: [1] + widths + (withState ? [2.2, 2, 3] : []))
    }
}
