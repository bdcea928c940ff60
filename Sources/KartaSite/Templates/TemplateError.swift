import KartaCore
import Mustache

/// Problems with the templates folder.
public enum TemplateError: DiagnosticMessage, Hashable {
    case missingFolder
    case missingTemplate(String)
    case missingPartial(String, suggestion: String?)
    case unreadable
    case unknownName(String, suggestion: String?)
    case syntax(String)

    public var severity: Severity {
        if case .unknownName = self { return .warning }
        return .error
    }

    /// A swift-mustache parse error in Russian.
    static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "закрывающий тег {{/…}} не совпадает с открывающим"
        case .unfinishedName: "тег {{…}} не закрыт"
        case .expectedSectionEnd: "секция не закрыта: нет тега {{/…}}"
        case .invalidSetDelimiter: "неверная смена разделителей {{=… …=}}"
        case .transformAppliedToInheritanceSection, .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "внутри {{<…}} допустимы только блоки {{$…}}"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "неверная директива {{% … }}"
        case nil: "\(error)"
        }
    }

    public var code: String {
        switch self {
        case .missingFolder: "templates-missing"
        case .missingTemplate: "template-missing"
        case .missingPartial: "template-missing-partial"
        case .unreadable: "template-unreadable"
        case .unknownName: "template-unknown-name"
        case .syntax: "template-syntax"
        }
    }

    public var message: String {
        switch self {
        case .missingFolder: "папка шаблонов не найдена"
        case .missingTemplate(let name): "нет шаблона «\(name).mustache»"
        case .missingPartial(let name, let suggestion):
            "нет шаблона «\(name)», на который ссылается этот шаблон" + (suggestion.map { "; может быть, «\($0)»?" } ?? "")
        case .unreadable: "шаблон не удалось прочитать как текст в UTF-8"
        case .unknownName(let name, let suggestion):
            "нет значения «\(name)» — на странице здесь будет пусто"
                + (suggestion.map { "; может быть, «\($0)»?" } ?? "")
        case .syntax(let detail): "ошибка в шаблоне: \(detail)"
        }
    }
}
