import KartaCore

/// Problems that stop an import.
public enum ImportError: DiagnosticMessage, Hashable {
    case unreadable(String)
    case noTable
    case exists(String)
    case invalidSlug(String)
    case binaryDocument(String)
    /// A Word file that cannot be read; the reason from `WordError`.
    case word(String)
    /// A .doc, .odt or .rtf without LibreOffice to convert it.
    case officeMissing(String)
    case conversionFailed(String, String)

    public var severity: Severity { .error }

    public var code: DiagnosticCode {
        switch self {
        case .unreadable: .importUnreadable
        case .noTable: .importNoTable
        case .exists: .importExists
        case .invalidSlug: .importInvalidSlug
        case .binaryDocument: .importBinaryDocument
        case .word: .importWord
        case .officeMissing: .importOfficeMissing
        case .conversionFailed: .importConversionFailed
        }
    }

    public var message: String {
        switch self {
        case .unreadable(let reason): "не удалось прочитать файл: \(reason)"
        case .noTable:
            "в документе не найдена таблица мероприятий: нужна таблица, первая строка которой — заголовки вида «№ | Мероприятие | Сроки …» (в тексте "
                + "столбцы разделяются табуляцией)"
        case .exists(let path): "файл «\(path)» уже существует; добавьте --force, чтобы перезаписать"
        case .binaryDocument(let kind):
            "это \(kind): karta читает документы Word (.docx), а через LibreOffice — .doc, .odt и .rtf, и текст в UTF-8; сохраните документ в одном "
                + "из этих видов"
        case .word(let reason): reason
        case .officeMissing(let kind):
            "это \(kind): чтобы его прочитать, нужен LibreOffice (пакет libreoffice-writer-nogui: apt-get install libreoffice-writer-nogui), или "
                + "сохраните документ в Word как .docx"
        case .conversionFailed(let kind, let reason): "не удалось преобразовать \(kind) в .docx: \(reason)"
        case .invalidSlug(let slug):
            "адрес «\(slug.quotedExcerpt)» недопустим: только строчные латинские буквы, цифры и «-»"
        }
    }
}

extension DiagnosticCode {
    public static let importUnreadable = DiagnosticCode("import-unreadable")
    public static let importNoTable = DiagnosticCode("import-no-table")
    public static let importExists = DiagnosticCode("import-exists")
    public static let importInvalidSlug = DiagnosticCode("import-invalid-slug")
    public static let importBinaryDocument = DiagnosticCode("import-binary-document")
    public static let importWord = DiagnosticCode("import-word")
    public static let importOfficeMissing = DiagnosticCode("import-office-missing")
    public static let importConversionFailed = DiagnosticCode("import-conversion-failed")
}
