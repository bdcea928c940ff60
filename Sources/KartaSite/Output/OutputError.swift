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

    public var code: String {
        switch self {
        case .notKartaOutput: "output-not-karta"
        case .unsafePath: "output-unsafe-path"
        case .linkInOutput: "output-link"
        case .outputInsideContent: "output-inside-content"
        case .writeFailed: "output-write-failed"
        case .busy: "output-busy"
        case .danglingLink: "output-dangling-link"
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
            "папка сайта «\(output)» и папка с содержимым «\(content)» вложены одна в другую; каждая сборка копировала бы сайт в себя или удаляла бы содержимое: укажите другую папку"
        case .writeFailed(let path, let reason):
            "не удалось записать «\(path)»: \(reason)"
        case .danglingLink(let output):
            "папка сайта «\(output)» — символическая ссылка на то, чего нет; укажите существующую папку или новое имя"
        case .busy(let output):
            "папку сайта «\(output)» сейчас собирает другая karta (karta build или karta serve); дождитесь её окончания или остановите karta serve — две сборки одной папки перемешали бы её страницы"
        }
    }
}
