/// Turns the rows of a measures table into stages and measures: stage rows, rows continued
/// after page breaks, numbering as written, HTML remnants removed.
struct MeasuresTableReader {
    let table: SourceTable

    struct Result {
        var stages: [ImportedStage] = []
        /// Rows that could not be placed, with their line numbers and text.
        var unplaced: [(line: Int, text: String)] = []
    }

    func read() -> Result {
        var result = Result()
        var stages: [ImportedStage] = []
        var lastWasStage = false
        var afterBreak = false
        let width = table.captions.count
        let hierarchical = usesHierarchicalNumbers()
        for (line, content) in table.body {
            switch content {
            case .blank:
                afterBreak = true
                continue
            case .text(let text):
                stages.append(Self.stage(from: text))
                lastWasStage = true
                afterBreak = false
            case .row(let raw):
                defer { afterBreak = false }
                let cells = raw + Array(repeating: "", count: max(0, width - raw.count))
                // Cells beyond the header's columns have no column to go to: kept as unplaced text,
                // never dropped.
                let extra = raw.dropFirst(width).filter { !$0.isEmpty }
                if !extra.isEmpty {
                    result.unplaced.append(
                        (line, "ячейки правее последнего столбца: " + extra.joined(separator: " | ")))
                }
                // Cells of a column karta has no field for are kept as unplaced text, not dropped.
                for column in table.roles.indices
                where table.roles[column] == nil && column < raw.count && !raw[column].isEmpty {
                    result.unplaced.append((line, "столбец «\(table.captions[column])»: \(raw[column])"))
                }
                let filled = cells.indices.filter { !cells[$0].isEmpty }
                if filled.isEmpty { continue }
                if cells[0].isEmpty, !lastWasStage, afterBreak || isPartial(cells), var stage = stages.popLast(),
                    var event = stage.events.popLast()
                {
                    continueEvent(&event, with: cells)
                    stage.events.append(event)
                    stages.append(stage)
                    continue
                }
                if isStageRow(cells, filled: filled, hierarchical: hierarchical) {
                    let text = filled.count == 1 ? cells[filled[0]] : filled.map { cells[$0] }.joined(separator: " ")
                    stages.append(Self.stage(from: text))
                    lastWasStage = true
                    continue
                }
                guard let event = event(from: cells, line: line) else {
                    result.unplaced.append((line, raw.filter { !$0.isEmpty }.joined(separator: " | ")))
                    continue
                }
                if stages.isEmpty { stages.append(ImportedStage(title: "", when: "", events: [])) }
                stages[stages.count - 1].events.append(event)
                lastWasStage = false
            }
        }
        result.stages = stages.filter { !$0.events.isEmpty || !$0.title.isEmpty }
        return result
    }

    /// A row missing some of its cells is more likely the rest of the row above than a measure.
    private func isPartial(_ cells: [String]) -> Bool {
        [ColumnRole.title, .when, .responsible, .result].contains { role in
            table.column(role).map { $0 < cells.count && cells[$0].isEmpty } ?? false
        }
    }

    private func value(_ cells: [String], _ role: ColumnRole, when: Bool = false) -> String {
        guard let column = table.column(role), column < cells.count else { return "" }
        return cells[column]
    }

    private func event(from cells: [String], line: Int) -> ImportedEvent? {
        let title = value(cells, .title)
        let number = table.column(.number).map { cells[$0] } ?? ""
        guard !title.isEmpty, title.contains(where: \.isLetter) else { return nil }
        return ImportedEvent(
            id: Self.number(number), title: title, when: value(cells, .when),
            responsible: value(cells, .responsible), result: value(cells, .result), line: line)
    }

    private func continueEvent(_ event: inout ImportedEvent, with cells: [String]) {
        event.title = CellText.join(event.title, value(cells, .title))
        event.when = CellText.join(event.when, value(cells, .when))
        event.responsible = CellText.join(event.responsible, value(cells, .responsible))
        event.result = CellText.join(event.result, value(cells, .result))
    }

    /// A stage row stands alone («<b>Организационный этап (январь-май)</b>»), or has only a
    /// number and a title where measures are numbered 1.1, 1.2 … («2. Развитие …»), or says «этап».
    private func isStageRow(_ cells: [String], filled: [Int], hierarchical: Bool) -> Bool {
        if filled.count == 1 {
            return !(filled[0] == table.column(.number)) || cells[filled[0]].contains(where: \.isLetter)
        }
        let numberColumn = table.column(.number), titleColumn = table.column(.title)
        guard filled.count == 2, filled.contains(where: { $0 == numberColumn }),
            filled.contains(where: { $0 == titleColumn }),
            let numberColumn, let titleColumn
        else { return false }
        let number = Self.number(cells[numberColumn])
        let isSection = !number.contains(".") && number.allSatisfy(\.isNumber)
        return (hierarchical && isSection) || cells[titleColumn].lowercased().contains("этап")
    }

    private func usesHierarchicalNumbers() -> Bool {
        guard let column = table.column(.number) else { return false }
        let numbers = table.body.compactMap { line -> String? in
            if case .row(let cells) = line.content, column < cells.count { return Self.number(cells[column]) }
            return nil
        }
        return numbers.filter { $0.contains(".") }.count * 2 > numbers.filter { !$0.isEmpty }.count
    }

    /// «1.1.» → «1.1», «8.» → «8»; other text as is.
    static func number(_ text: String) -> String {
        var result = text.trimming(" ")
        while result.hasSuffix(".") { result.removeLast() }
        return result
    }

    /// «Организационный этап (январь-май)» → title and the term in brackets; «1. Раздел» keeps its number.
    static func stage(from text: String) -> ImportedStage {
        var title = CellText.collapse(text)
        var when = ""
        if title.hasSuffix(")"), let open = title.lastIndex(of: "(") {
            let inside = String(title[title.index(after: open)..<title.index(before: title.endIndex)])
            if inside.contains(where: \.isLetter), RussianMonthsProbe.containsMonth(inside) {
                when = inside
                title = String(title[..<open]).trimming(" ")
            }
        }
        return ImportedStage(title: title, when: when, events: [])
    }
}
