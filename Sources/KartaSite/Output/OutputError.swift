import KartaCore

/// Problems writing the output folder.
public enum OutputError: DiagnosticMessage, Hashable {
    case notKartaOutput
    case unsafePath(String)
    case writeFailed(String, reason: String)

    public var severity: Severity { .error }

    public var code: String {
        switch self {
        case .notKartaOutput: "output-not-karta"
        case .unsafePath: "output-unsafe-path"
        case .writeFailed: "output-write-failed"
        }
    }

    public var message: String {
        switch self {
        case .notKartaOutput:
            "папка уже содержит файлы, но не создана karta (нет файла .karta); укажите пустую папку или удалите её, чтобы ничего не потерять"
        case .unsafePath(let path):
            "путь «\(path)» выходит за пределы папки сайта"
        case .writeFailed(let path, let reason):
            "не удалось записать «\(path)»: \(reason)"
        }
    }
}
