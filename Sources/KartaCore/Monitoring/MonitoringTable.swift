import Foundation
import KartaWord

/// Decodes a monitoring table — `monitoring/<roadmap>/<YYYY-MM-DD>.csv` (or `.tsv`, `.txt`, text
/// as Excel saves it) or `.xlsx` (its first sheet) — into a round: the header row names the
/// indicators, the first column the schools. Every problem is located in the table's own cells.
public enum MonitoringTable {
    static let rowLimit = SheetReader.rowLimit
    static let columnLimit = SheetReader.columnLimit

    /// The extensions read as tables.
    static let textExtensions: Set<String> = ["csv", "tsv", "txt"]
    static func isTable(_ name: String) -> Bool {
        let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return textExtensions.contains(ext) || ext == "xlsx"
    }

    /// - Parameters:
    ///   - relative: `monitoring/<roadmap>/<name>`.
    ///   - path: the file as diagnostics name it.
    ///   - bytes: its content, already read.
    public static func decode(relative: String, path: String, bytes: [UInt8]) -> (MonitoringRound?, [Diagnostic]) {
        let parts = relative.split(separator: "/")
        let name = String(parts.last ?? "")
        let stem = String(name.split(separator: ".").first ?? "")
        let fileLocation = SourceLocation(file: path)
        guard parts.count == 3, stem.count == 10, let date = LocalDate(parsing: stem), Limits.years.contains(date.year)
        else { return (nil, [MonitoringError.fileName(name).at(fileLocation)]) }
        let cells: [TableCell]
        if name.lowercased().hasSuffix(".xlsx") {
            do throws(SheetError) {
                cells = try SheetReader.read(data: Data(bytes)).map { cell in
                    let value: TableCell.Value =
                        switch cell.value {
                        case .number(let number): .number(number)
                        case .text(let text): .text(text.trimmingSpaces())
                        }
                    return TableCell(
                        row: cell.row, column: cell.column, value: value,
                        location: SourceLocation(file: path, line: cell.row, column: cell.column))
                }
            } catch {
                return (nil, [MonitoringError.unreadable(error.message).at(fileLocation)])
            }
        } else {
            switch SourceText.decode(bytes, file: path) {
            case .failure(let problem): return (nil, [problem])
            case .success(let text): cells = DelimitedText.cells(text, file: path)
            }
        }
        return round(cells, roadmap: String(parts[1]), date: date, path: path)
    }

    private static func round(
        _ cells: [TableCell], roadmap: String, date: LocalDate, path: String
    ) -> (MonitoringRound?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard cells.allSatisfy({ $0.row <= rowLimit && $0.column <= columnLimit }) else {
            return (
                nil, [MonitoringError.tooLarge(rows: rowLimit, columns: columnLimit).at(SourceLocation(file: path))]
            )
        }
        let rows = Dictionary(grouping: cells, by: \.row)
        // The header is the first row with anything in it.
        guard let headerRow = rows.keys.min(), let header = rows[headerRow] else {
            return (nil, [MonitoringError.noHeader.at(SourceLocation(file: path))])
        }
        var columns: [Int: Located<String>] = [:]
        var seen: [String: SourceLocation] = [:]
        // A column named twice: reported once, its values passed over.
        var repeated: Set<Int> = []
        for cell in header.sorted(by: { $0.column < $1.column }) where cell.column > 1 {
            let id = cell.text
            if let first = seen[id] {
                diagnostics.append(
                    MonitoringError.duplicateColumn(id, first: first).at(cell.location))
                repeated.insert(cell.column)
                continue
            }
            seen[id] = cell.location
            columns[cell.column] = Located(id, at: cell.location)
        }
        guard !columns.isEmpty else {
            return (nil, diagnostics + [MonitoringError.noHeader.at(SourceLocation(file: path))])
        }
        let order = columns.keys.sorted()
        var result = MonitoringRound(
            roadmap: roadmap, date: date, file: path, columns: order.map { columns[$0]! }, rows: [])
        for rowNumber in rows.keys.sorted() where rowNumber > headerRow {
            let row = rows[rowNumber]!.sorted { $0.column < $1.column }
            var values = [Double?](repeating: nil, count: order.count)
            var school: TableCell?
            for cell in row {
                if cell.column == 1 { school = cell; continue }
                if repeated.contains(cell.column) { continue }
                guard let position = order.firstIndex(of: cell.column) else {
                    diagnostics.append(MonitoringError.valueWithoutColumn.at(cell.location))
                    continue
                }
                switch cell.value {
                case .number(let number) where IndicatorNumber.isInRange(number): values[position] = number
                case .number(let number):
                    diagnostics.append(MonitoringError.notANumber(IndicatorNumber.format(number)).at(cell.location))
                case .text(let text):
                    if let number = IndicatorNumber.parse(text) {
                        values[position] = number
                    } else {
                        diagnostics.append(MonitoringError.notANumber(text).at(cell.location))
                    }
                }
            }
            guard let school else {
                // Where the school's cell would be: the row's first column.
                let location = SourceLocation(file: path, line: row[0].location.line, column: 1)
                diagnostics.append(MonitoringError.noSchool.at(location))
                continue
            }
            result.rows.append(MonitoringRound.Row(school: Located(school.text, at: school.location), values: values))
        }
        return (diagnostics.isEmpty ? result : nil, diagnostics)
    }
}
