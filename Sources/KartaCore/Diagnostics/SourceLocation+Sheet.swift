import KartaWord

extension SourceLocation {
    /// The cell as Excel names it («лист 1, C3») when the file is a workbook: its rows and columns
    /// are counted from 1 as lines and columns are, but people look for a cell, not a line.
    /// Only the first sheet is ever read, so the sheet is always the first.
    var sheetCell: String? {
        guard let position, file.lowercased().hasSuffix(".xlsx") else { return nil }
        return "лист 1, " + SheetCell.columnName(position.column) + String(position.line)
    }
}
