import KartaCore

/// Problems that stop an import.
public enum ImportError: DiagnosticMessage, Hashable {
    case unreadable(String)
    case noTable
    case exists(String)
    case invalidSlug(String)
    case binaryDocument(String)

    public var severity: Severity { .error }

    public var code: String {
        switch self {
        case .unreadable: "import-unreadable"
        case .noTable: "import-no-table"
        case .exists: "import-exists"
        case .invalidSlug: "import-invalid-slug"
        case .binaryDocument: "import-binary-document"
        }
    }

    public var message: String {
        switch self {
        case .unreadable(let reason): "не удалось прочитать файл: \(reason)"
        case .noTable: "в документе не найдена таблица мероприятий: нужна строка заголовков вида «№ <Tab> Мероприятие <Tab> Сроки …», столбцы разделены табуляцией"
        case .exists(let path): "файл «\(path)» уже существует; добавьте --force, чтобы перезаписать"
        case .binaryDocument(let kind):
            "это \(kind), а karta пока читает только текст: откройте документ в Word или LibreOffice, выделите всё, скопируйте в Блокнот и сохраните в кодировке UTF-8"
        case .invalidSlug(let slug): "адрес «\(slug)» недопустим: только строчные латинские буквы, цифры и «-»"
        }
    }
}
