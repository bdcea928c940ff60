import KartaCore

/// Problems with the templates folder.
public enum TemplateError: DiagnosticMessage, Hashable {
    case missingFolder
    case missingTemplate(String)
    case syntax(String)

    public var severity: Severity { .error }

    public var code: String {
        switch self {
        case .missingFolder: "templates-missing"
        case .missingTemplate: "template-missing"
        case .syntax: "template-syntax"
        }
    }

    public var message: String {
        switch self {
        case .missingFolder: "папка шаблонов не найдена"
        case .missingTemplate(let name): "нет шаблона «\(name).mustache»"
        case .syntax(let detail): "ошибка в шаблоне: \(detail)"
        }
    }
}
