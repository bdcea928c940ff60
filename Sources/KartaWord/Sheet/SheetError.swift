/// Why a file could not be read as an Excel table; the text is for the person who gave the file.
public enum SheetError: Error, Sendable, Equatable {
    case notAnArchive
    case notExcel
    case encrypted
    case damaged(String)
    case malformed(part: String, line: Int)
    /// Elements nested deeper than any real table's.
    case tooDeep(part: String, line: Int)
    case notUTF8(part: String, line: Int)
    case doctype(part: String, line: Int)
    /// More rows or columns than a monitoring table has.
    case tooLarge(rows: Int, columns: Int)

    init(_ error: WordError) {
        switch error {
        case .notAnArchive: self = .notAnArchive
        case .notWord: self = .notExcel
        case .encrypted: self = .encrypted
        case .damaged(let detail): self = .damaged(detail)
        case .malformed(let part, let line): self = .malformed(part: part, line: line)
        case .tooDeep(let part, let line): self = .tooDeep(part: part, line: line)
        case .notUTF8(let part, let line): self = .notUTF8(part: part, line: line)
        case .doctype(let part, let line): self = .doctype(part: part, line: line)
        }
    }

    public var message: String {
        switch self {
        case .notAnArchive: "это не таблица Excel (.xlsx): файл не является архивом"
        case .notExcel: "это не таблица Excel (.xlsx): в архиве нет xl/workbook.xml"
        case .encrypted: "таблица защищена паролем; снимите защиту в Excel и сохраните снова"
        case .damaged(let detail): "таблица повреждена или записана не полностью: \(detail)"
        case .malformed(let part, let line): "таблица повреждена: в части \(part) ошибка разметки XML в строке \(line)"
        case .tooDeep(let part, let line):
            "таблица повреждена: в части \(part) элементы вложены глубже \(WordXML.deepest) уровней (строка \(line))"
        case .notUTF8(let part, let line):
            "таблица повреждена: в части \(part) байты не в кодировке UTF-8 (строка \(line))"
        case .doctype(let part, let line):
            "в части \(part) есть объявление <!DOCTYPE> (строка \(line)), Excel таких не пишет; сохраните таблицу в Excel заново"
        case .tooLarge(let rows, let columns):
            "в таблице больше \(rows) строк или \(columns) столбцов: это не таблица мониторинга"
        }
    }
}
