import Foundation

/// Reads the first worksheet of an .xlsx: the cells that hold a value, with numbers as they are
/// shown (percent formats) and formulas by their last computed value, which Excel saves.
public enum SheetReader {
    /// Rows and columns beyond any monitoring table: a larger sheet is refused, not walked.
    public static let rowLimit = 20_000
    public static let columnLimit = 500

    public static func read(path: String) throws(SheetError) -> [SheetCell] {
        try read { () throws(WordError) in try WordPackage(path: path, main: "xl/workbook.xml") }
    }

    /// A table already read into memory.
    public static func read(data: Data) throws(SheetError) -> [SheetCell] {
        try read { () throws(WordError) in try WordPackage(data: data, main: "xl/workbook.xml") }
    }

    private static func read(_ open: () throws(WordError) -> WordPackage) throws(SheetError) -> [SheetCell] {
        do {
            let package = try open()
            return try cells(of: package)
        } catch let error as SheetError {
            throw error
        } catch let error as WordError {
            throw SheetError(error)
        } catch {
            throw .damaged("\(error)")
        }
    }

    private static func cells(of package: WordPackage) throws -> [SheetCell] {
        let sheetPath = try firstSheet(package)
        let strings = try sharedStrings(package)
        let percentStyles = try percentStyles(package)
        guard let data = try package.part(sheetPath) else { throw SheetError.damaged("нет части \(sheetPath)") }
        let sheet = try WordXML.parse(data, part: sheetPath)
        guard let rows = sheet.child("sheetData")?.children else { return [] }
        var cells: [SheetCell] = []
        for row in rows where row.name == "row" {
            for cell in row.children where cell.name == "c" {
                guard let reference = cell["r"], let (rowNumber, column) = Self.position(reference) else { continue }
                guard rowNumber <= rowLimit, column <= columnLimit else {
                    throw SheetError.tooLarge(rows: rowLimit, columns: columnLimit)
                }
                guard let value = Self.value(of: cell, strings: strings, percentStyles: percentStyles) else { continue }
                cells.append(SheetCell(row: rowNumber, column: column, value: value))
            }
        }
        return cells
    }

    /// `xl/workbook.xml` names its sheets in order; the first one's part is found by its relation.
    private static func firstSheet(_ package: WordPackage) throws -> String {
        guard let workbook = try package.part("xl/workbook.xml") else { throw SheetError.notExcel }
        let book = try WordXML.parse(workbook, part: "xl/workbook.xml")
        guard let sheet = book.child("sheets")?.children.first(where: { $0.name == "sheet" }),
            let id = sheet["id"]
        else { throw SheetError.damaged("в книге нет листов") }
        guard let relations = try package.part("xl/_rels/workbook.xml.rels") else {
            return "xl/worksheets/sheet1.xml"
        }
        let tree = try WordXML.parse(relations, part: "xl/_rels/workbook.xml.rels")
        guard let target = tree.children.first(where: { $0["Id"] == id })?["Target"] else {
            throw SheetError.damaged("не найден первый лист")
        }
        // Relative to xl/, or absolute from the package's root.
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        guard !path.contains(".."), path.hasPrefix("xl/") else { throw SheetError.damaged("лист вне книги") }
        return path
    }

    /// Text cells point into this list; a string with runs of formatting is their texts together.
    private static func sharedStrings(_ package: WordPackage) throws -> [String] {
        guard let data = try package.part("xl/sharedStrings.xml") else { return [] }
        let tree = try WordXML.parse(data, part: "xl/sharedStrings.xml")
        return tree.children.filter { $0.name == "si" }.map(text(of:))
    }

    private static func text(of item: WordXML) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.children.filter { $0.name == "r" }.compactMap { $0.child("t")?.text }.joined()
    }

    /// The cell styles whose number format shows a percent: built-in formats 9 and 10, or a format
    /// of the book whose code has «%».
    private static func percentStyles(_ package: WordPackage) throws -> Set<Int> {
        guard let data = try package.part("xl/styles.xml") else { return [] }
        let styles = try WordXML.parse(data, part: "xl/styles.xml")
        var percentFormats: Set<Int> = [9, 10]
        for format in styles.child("numFmts")?.children ?? [] {
            if let id = format["numFmtId"].flatMap(Int.init), format["formatCode"]?.contains("%") == true {
                percentFormats.insert(id)
            }
        }
        let formats = styles.child("cellXfs")?.children.filter { $0.name == "xf" } ?? []
        return Set(
            formats.indices.filter { formats[$0]["numFmtId"].flatMap(Int.init).map(percentFormats.contains) ?? false })
    }

    private static func value(of cell: WordXML, strings: [String], percentStyles: Set<Int>) -> SheetCell.Value? {
        let raw = cell.child("v")?.text
        switch cell["t"] {
        case "s":
            guard let index = raw.flatMap(Int.init), strings.indices.contains(index) else { return nil }
            return .text(strings[index])
        case "inlineStr":
            return cell.child("is").map { .text(text(of: $0)) }
        case "str", "e":
            return raw.map { .text($0) }
        case "b":
            return raw.map { .text($0 == "1" ? "ИСТИНА" : "ЛОЖЬ") }
        default:
            guard let raw, !raw.isEmpty else { return nil }
            guard let number = Double(raw) else { return .text(raw) }
            let percent = cell["s"].flatMap(Int.init).map(percentStyles.contains) ?? false
            return .number(percent ? (number * 100 * 1e9).rounded() / 1e9 : number)
        }
    }

    /// «C3» → (3, 3).
    static func position(_ reference: String) -> (Int, Int)? {
        var column = 0, row = 0, digits = false
        for scalar in reference.unicodeScalars {
            switch scalar {
            case "A"..."Z" where !digits:
                column = column * 26 + Int(scalar.value - 64)
                guard column <= 20_000 else { return nil }
            case "0"..."9":
                digits = true
                row = row * 10 + Int(scalar.value - 48)
                guard row <= 10_000_000 else { return nil }
            default: return nil
            }
        }
        return row > 0 && column > 0 ? (row, column) : nil
    }
}
