/// A table saved as text: «CSV UTF-8» of Excel with Russian settings (`;`, quotes doubled inside
/// quoted cells), text copied from Excel (tabs), or comma-separated when neither is used.
enum DelimitedText {
    /// The cells that are not empty, each located at its line and column (in characters, from 1).
    static func cells(_ text: String, file: String) -> [TableCell] {
        let separator = separator(of: text)
        var cells: [TableCell] = []
        var row = 1, column = 1, line = 1, character = 1
        var field = "", quoted = false, inQuotes = false
        var start = (line: 1, column: 1)
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil

        func finish() {
            let value = quoted ? field : field.trimmingSpaces()
            if !value.isEmpty {
                cells.append(
                    TableCell(
                        row: row, column: column, value: .text(value),
                        location: SourceLocation(file: file, line: start.line, column: start.column)))
            }
            field = ""
            quoted = false
        }

        while let scalar = pending ?? scalars.next() {
            pending = nil
            if field.isEmpty && !quoted && !inQuotes { start = (line, character) }
            if inQuotes {
                if scalar == "\"" {
                    let next = scalars.next()
                    if next == "\"" {
                        field.unicodeScalars.append("\"")
                        character += 2
                        continue
                    }
                    inQuotes = false
                    character += 1
                    pending = next
                    continue
                }
                field.unicodeScalars.append(scalar)
                if scalar == "\n" { line += 1; character = 1 } else { character += 1 }
                continue
            }
            switch scalar {
            case "\"" where field.trimmingSpaces().isEmpty:
                field = ""
                inQuotes = true
                quoted = true
                character += 1
            case separator:
                finish()
                column += 1
                character += 1
            case "\n":
                finish()
                row += 1
                column = 1
                line += 1
                character = 1
            default:
                field.unicodeScalars.append(scalar)
                character += 1
            }
        }
        finish()
        return cells
    }

    /// `;` when the first line has one, else a tab, else a comma.
    static func separator(of text: String) -> Unicode.Scalar {
        let first = text.prefix { $0 != "\n" }
        if first.contains(";") { return ";" }
        if first.contains("\t") { return "\t" }
        return ","
    }
}
