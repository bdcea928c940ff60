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
    mutating func measuresTable(_ table: MeasuresTable) {
        var rows: [[String]] = []
        for stage in table.stages {
            if !stage.title.isEmpty { rows.append([stage.title + (stage.when.isEmpty ? "" : " (\(stage.when))")]) }
            rows += stage.rows.map { [$0.id] + $0.cells.map(\.text) }
        }
        let widths = table.headers.map { header -> Double in
            switch header.column {
            case "title": 4
            case "when": 2
            case "responsible": 2.5
            default: 3.5
            }
        }
        self.table(header: [table.numberCaption] + table.headers.map(\.caption), rows: rows, widths: [1] + widths)
    }
}
