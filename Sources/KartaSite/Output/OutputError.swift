import KartaCore

/// Problems writing the output folder.
public enum OutputError: DiagnosticMessage, Hashable {
    case notKartaOutput
    case unsafePath(String)
    case linkInOutput(String)
    case outputInsideContent(output: String, content: String)
    case writeFailed(String, reason: String)
    /// Another karta builds or serves the folder now.
    case busy(String)
    /// The output folder is a link to nothing.
    case danglingLink(String)

    public var severity: Severity { .error }

    public var code: DiagnosticCode {
        switch self {
        case .notKartaOutput: .outputNotKarta
        case .unsafePath: .outputUnsafePath
        case .linkInOutput: .outputLink
        case .outputInsideContent: .outputInsideContent
        case .writeFailed: .outputWriteFailed
        case .busy: .outputBusy
        case .danglingLink: .outputDanglingLink
        }
    }

    public var message: String {
        switch self {
        case .notKartaOutput:
            "папка уже содержит файлы, но не создана karta (нет файла .karta); укажите пустую папку или удалите её, чтобы ничего не потерять"
        case .unsafePath(let path):
            "путь «\(path)» выходит за пределы папки сайта"
        case .linkInOutput(let path):
            "«\(path)» в папке сайта — символическая ссылка; karta не пишет через ссылки, чтобы не выйти за пределы папки: удалите ссылку"
        case .outputInsideContent(let output, let content):
            "папка сайта «\(output)» и папка с содержимым «\(content)» вложены одна в другую; каждая сборка копировала бы сайт в себя или удаляла бы "
                + "содержимое: укажите другую папку"
        case .writeFailed(let path, let reason):
            "не удалось записать «\(path)»: \(reason)"
        case .danglingLink(let output):
            "папка сайта «\(output)» — символическая ссылка на то, чего нет; укажите существующую папку или новое имя"
        case .busy(let output):
            "папку сайта «\(output)» сейчас собирает другая karta (karta build или karta serve); дождитесь её окончания или остановите karta serve — "
                + "две сборки одной папки перемешали бы её страницы"
        }
    }
}

extension DiagnosticCode {
    public static let outputNotKarta = DiagnosticCode("output-not-karta")
    public static let outputUnsafePath = DiagnosticCode("output-unsafe-path")
    public static let outputLink = DiagnosticCode("output-link")
    public static let outputInsideContent = DiagnosticCode("output-inside-content")
    public static let outputWriteFailed = DiagnosticCode("output-write-failed")
    public static let outputBusy = DiagnosticCode("output-busy")
    public static let outputDanglingLink = DiagnosticCode("output-dangling-link")
}
