/// Problems reading a content file: where it is, its size, encoding and characters, the front matter's fences, what its Markdown shows.
public enum ReadError: DiagnosticMessage, Hashable {
    case unreadable(reason: String)
    case notUTF8(likelyEncoding: String?)
    case frontMatterMissing
    case frontMatterNotClosed
    case forbiddenCharacter(Unicode.Scalar)
    case fileTooLarge(bytes: Int)
    case ignoredEntry(String, folder: String, isFolder: Bool)
    /// An entry of `monitoring/` that is not a roadmap's folder, or of such a folder that is not a table.
    case ignoredMonitoringEntry(String, folder: String)
    case imageWithoutDescription
    case shallowHistory

    public var severity: Severity {
        switch self {
        case .ignoredEntry, .ignoredMonitoringEntry, .imageWithoutDescription, .shallowHistory: .warning
        default: .error
        }
    }

    public var code: DiagnosticCode {
        switch self {
        case .unreadable: .unreadable
        case .notUTF8: .notUTF8
        case .frontMatterMissing: .frontMatterMissing
        case .frontMatterNotClosed: .frontMatterNotClosed
        case .forbiddenCharacter: .forbiddenCharacter
        case .fileTooLarge: .tooLarge
        case .ignoredEntry, .ignoredMonitoringEntry: .ignoredFile
        case .imageWithoutDescription: .imageWithoutDescription
        case .shallowHistory: .shallowHistory
        }
    }

    public var message: String {
        switch self {
        case .shallowHistory:
            return "история git загружена не полностью (shallow clone): даты «Обновлено» у давно не менявшихся "
                + "файлов будут датой самой старой загруженной версии; в CI загружайте всю историю "
                + "(GitLab: GIT_DEPTH: 0, GitHub: fetch-depth: 0)"
        case .unreadable(let reason):
            return "не удалось прочитать файл: \(reason)"
        case .notUTF8(let likely):
            let guess = likely.map { ", похоже, это \($0)" } ?? ""
            return "файл не в кодировке UTF-8\(guess); сохраните его в UTF-8"
        case .frontMatterMissing:
            return "файл должен начинаться с заголовка YAML между строками «---»"
        case .frontMatterNotClosed:
            return "заголовок YAML не закрыт: нет строки «---» после него"
        case .forbiddenCharacter(let scalar):
            return "недопустимый символ \(ForbiddenCharacters.name(of: scalar)); удалите его"
        case .fileTooLarge(let bytes):
            return
                "файл размером \(bytes / 1024 / 1024) МБ, а допускается не больше \(Limits.fileBytes / 1024 / 1024) МБ"
        case .ignoredEntry(let name, let folder, true):
            return
                "папка «\(name.quotedExcerpt)» не читается: karta читает только файлы .md прямо в папке \(folder)/, без вложенных папок"
        case .ignoredEntry(let name, let folder, false):
            return
                "файл «\(name.quotedExcerpt)» не читается: karta читает только файлы с окончанием .md (строчными буквами) в папке \(folder)/"
        case .ignoredMonitoringEntry(let name, let folder) where folder == "monitoring":
            return "«\(name.quotedExcerpt)» не читается: в папке monitoring/ karta читает только папки, названные "
                + "адресом дорожной карты (monitoring/municipal-2025/)"
        case .ignoredMonitoringEntry(let name, let folder):
            return "«\(name.quotedExcerpt)» не читается: в папке \(folder)/ karta читает таблицы .csv, .tsv, .txt "
                + "и .xlsx, названные датой мониторинга (2025-12-20.csv)"
        case .imageWithoutDescription:
            return
                "у изображения нет описания: без картинок и при чтении с экрана на его месте ничего не будет; напишите его в скобках: ![Схема работы "
                + "школы](files/…)"
        }
    }
}

extension DiagnosticCode {
    public static let unreadable = DiagnosticCode("unreadable")
    public static let notUTF8 = DiagnosticCode("not-utf8")
    public static let frontMatterMissing = DiagnosticCode("front-matter-missing")
    public static let frontMatterNotClosed = DiagnosticCode("front-matter-not-closed")
    public static let forbiddenCharacter = DiagnosticCode("forbidden-character")
    public static let tooLarge = DiagnosticCode("too-large")
    public static let ignoredFile = DiagnosticCode("ignored-file")
    public static let imageWithoutDescription = DiagnosticCode("image-without-description")
    public static let shallowHistory = DiagnosticCode("shallow-history")
}
