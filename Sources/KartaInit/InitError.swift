import KartaCore

/// Why `karta init` wrote nothing.
public enum InitError: DiagnosticMessage, Equatable {
    case emptyName
    case notAFolder
    /// Not empty and not a content repository; a few of the entries found.
    case notEmpty(entries: [String], total: Int)
    case cannotWrite(reason: String)

    public var severity: Severity { .error }

    public var code: DiagnosticCode {
        switch self {
        case .emptyName: .initEmptyName
        case .notAFolder: .initNotAFolder
        case .notEmpty: .initNotEmpty
        case .cannotWrite: .initCannotWrite
        }
    }

    public var message: String {
        switch self {
        case .emptyName:
            "не указана папка; например: karta init dorozhnye-karty"
        case .notAFolder:
            "на этом месте файл, а не папка; укажите новую или пустую папку"
        case .notEmpty(let entries, let total):
            "папка не пуста "
                + "(\(entries.map { "«\($0.quotedExcerpt)»" }.joined(separator: ", "))\(total > entries.count ? " и ещё \(total - entries.count)" : ""))"
                + " и не похожа на репозиторий karta (нет content/site.yml); укажите новую или пустую папку — в чужой папке karta ничего не пишет"
        case .cannotWrite(let reason):
            "не удалось создать репозиторий: \(reason); ничего не записано"
        }
    }
}

extension DiagnosticCode {
    public static let initEmptyName = DiagnosticCode("init-empty-name")
    public static let initNotAFolder = DiagnosticCode("init-not-a-folder")
    public static let initNotEmpty = DiagnosticCode("init-not-empty")
    public static let initCannotWrite = DiagnosticCode("init-cannot-write")
}
