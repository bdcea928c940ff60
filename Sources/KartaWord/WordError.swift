/// Why a file could not be read as a Word document; the text is for the person who gave the file.
public enum WordError: Error, Sendable, Equatable {
    /// Not a zip archive at all.
    case notAnArchive
    /// A zip archive without `word/document.xml` (another format packed as zip, or not Word's).
    case notWord(String)
    /// A Word file protected by a password (an OLE container with an encrypted package).
    case encrypted
    /// The archive or one of its parts is cut short or damaged.
    case damaged(String)
    /// A part is not well-formed XML.
    case malformed(part: String, line: Int)
    /// Elements nested deeper than any real document's.
    case tooDeep(part: String, line: Int)
    /// A part that is not UTF-8 (nor UTF-16 with its mark), which Word always writes.
    case notUTF8(part: String, line: Int)
    /// A part with a document type declaration, which Word never writes: its entities would be
    /// text no reader of the file sees.
    case doctype(part: String, line: Int)

    public var message: String {
        switch self {
        case .notAnArchive: "это не документ Word (.docx): файл не является архивом"
        case .notWord(let found):
            "это не документ Word (.docx): в архиве нет word/document.xml\(found.isEmpty ? "" : " (\(found))")"
        case .encrypted:
            "документ защищён паролем; снимите защиту в Word («Файл → Сведения → Защита документа») и повторите"
        case .damaged(let detail): "документ повреждён или записан не полностью: \(detail)"
        case .malformed(let part, let line): "документ повреждён: в части \(part) ошибка разметки XML в строке \(line)"
        case .tooDeep(let part, let line):
            "документ повреждён: в части \(part) элементы вложены глубже \(WordXML.deepest) уровней (строка \(line))"
        case .notUTF8(let part, let line):
            "документ повреждён: в части \(part) байты не в кодировке UTF-8 (строка \(line))"
        case .doctype(let part, let line):
            "в части \(part) есть объявление <!DOCTYPE> (строка \(line)), Word таких не пишет; откройте документ в Word и сохраните заново"
        }
    }
}
