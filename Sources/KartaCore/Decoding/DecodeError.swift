/// Problems in a file's front matter: its YAML, its fields and their values.
public enum DecodeError: DiagnosticMessage, Hashable {
    case brokenYAML(problem: String)
    case wrongType(field: String, expected: String, found: String)
    case missingField(String)
    case unknownKey(String, suggestion: String?)
    case invalidDate(field: String, text: String)
    case invalidNumber(field: String, text: String)
    case invalidValue(field: String, value: String, allowed: [String])
    case duplicateKey(String)
    case invalidSlug(String)
    case invalidPeriod(String)
    case invalidBaseURL(String)
    case yamlAlias
    case emptyItem(field: String)
    case complexKey(found: String)
    case yamlTag(String)
    case dateOutOfRange(field: String, text: String)
    case periodOutOfRange(String)
    case periodAmbiguous([String])
    case textTooLong(field: String, count: Int, limit: Int)
    case doneWithoutDate
    case dateWithoutDone(status: String)
    case measureWithoutRoadmap
    case tooManyItems(field: String, count: Int, limit: Int)

    public var severity: Severity {
        switch self {
        case .unknownKey, .emptyItem, .doneWithoutDate, .dateWithoutDone: .warning
        default: .error
        }
    }

    public var code: DiagnosticCode {
        switch self {
        case .brokenYAML: .brokenYAML
        case .wrongType, .complexKey: .wrongType
        case .missingField, .measureWithoutRoadmap: .missingField
        case .unknownKey: .unknownKey
        case .invalidDate, .dateOutOfRange: .invalidDate
        case .invalidNumber: .invalidNumber
        case .invalidValue: .invalidValue
        case .duplicateKey: .duplicateKey
        case .invalidSlug: .invalidSlug
        case .invalidPeriod, .periodOutOfRange, .periodAmbiguous: .invalidPeriod
        case .invalidBaseURL: .invalidBaseURL
        case .yamlAlias: .yamlAlias
        case .emptyItem: .emptyItem
        case .yamlTag: .yamlTag
        case .textTooLong, .tooManyItems: .tooLarge
        case .doneWithoutDate, .dateWithoutDone: .inconsistentStatus
        }
    }

    public var message: String {
        switch self {
        case .brokenYAML(let problem):
            return "неверный YAML: \(problem)"
        case .wrongType(let field, let expected, let found):
            return "поле «\(field.quotedExcerpt)»: ожидается \(expected), а указан \(found)"
        case .missingField(let field):
            return "не указано обязательное поле «\(field.quotedExcerpt)»"
        case .unknownKey(let key, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду «\($0.quotedExcerpt)»" } ?? ""
            return "неизвестное поле «\(key.quotedExcerpt)»\(hint)"
        case .invalidDate(let field, let text):
            return "поле «\(field.quotedExcerpt)»: «\(text.quotedExcerpt)» — не дата; пишите ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"
        case .invalidNumber(let field, let text):
            return "поле «\(field.quotedExcerpt)»: «\(text.quotedExcerpt)» — не число"
        case .invalidValue(let field, let value, let allowed):
            return
                "поле «\(field.quotedExcerpt)»: недопустимое значение «\(value.quotedExcerpt)»; допустимые: \(allowed.joined(separator: ", "))"
        case .duplicateKey(let key):
            return "поле «\(key.quotedExcerpt)» указано дважды"
        case .invalidSlug(let slug):
            return "адрес «\(slug.quotedExcerpt)» недопустим: только строчные латинские буквы, цифры и «-»"
        case .invalidPeriod(let text):
            return
                "период «\(text.quotedExcerpt)» не распознан; пишите year: 2022, academic_year: 2023-2024 или from/to"
        case .invalidBaseURL(let url):
            return
                "адрес сайта «\(url.quotedExcerpt)» должен начинаться с https:// или http:// и не содержать пробелов, "
                + "кавычек, знаков < > и управляющих символов"
        case .yamlAlias:
            return
                "эта часть повторена ссылкой YAML (*имя); karta не поддерживает якоря и ссылки YAML — повторите текст"
        case .emptyItem(let field):
            return "«\(field.quotedExcerpt)»: пустой элемент списка пропущен"
        case .complexKey(let found):
            return "имя поля должно быть текстом, а указан \(found); поле пропущено"
        case .yamlTag(let tag):
            return
                "тег YAML «\(tag.quotedExcerpt)» не поддерживается: karta читает значения как текст; уберите тег или возьмите значение в кавычки"
        case .dateOutOfRange(let field, let text):
            return
                "поле «\(field.quotedExcerpt)»: дата «\(text.quotedExcerpt)» вне \(Limits.years.lowerBound)–\(Limits.years.upperBound) годов; "
                + "проверьте год"
        case .periodOutOfRange(let text):
            return
                "период «\(text.quotedExcerpt)» вне допустимого: годы \(Limits.years.lowerBound)–\(Limits.years.upperBound), не длиннее "
                + "\(Limits.periodYears) лет; проверьте годы"
        case .periodAmbiguous(let keys):
            return
                "в периоде указано сразу \(keys.map { "«\($0.quotedExcerpt)»" }.joined(separator: ", ")); оставьте одно: year, academic_year или "
                + "from/to"
        case .textTooLong(let field, let count, let limit):
            return "поле «\(field.quotedExcerpt)»: \(count) знаков, а допускается не больше \(limit); сократите текст"
        case .doneWithoutDate:
            return "отмечено выполненным (status: done), но не указана дата выполнения done"
        case .dateWithoutDone(let status):
            return
                "указана дата выполнения done, но статус «\(status.quotedExcerpt)»; для выполненного пишите status: done"
        case .tooManyItems(let field, let count, let limit):
            return
                "поле «\(field.quotedExcerpt)»: элементов \(count), а допускается не больше \(limit); лишние не учитываются"
        case .measureWithoutRoadmap:
            return "указано мероприятие measure, но не указана дорожная карта roadmap, в которой оно есть"
        }
    }
}

extension DiagnosticCode {
    public static let brokenYAML = DiagnosticCode("broken-yaml")
    public static let wrongType = DiagnosticCode("wrong-type")
    public static let missingField = DiagnosticCode("missing-field")
    public static let unknownKey = DiagnosticCode("unknown-key")
    public static let invalidDate = DiagnosticCode("invalid-date")
    public static let invalidNumber = DiagnosticCode("invalid-number")
    public static let invalidValue = DiagnosticCode("invalid-value")
    public static let duplicateKey = DiagnosticCode("duplicate-key")
    public static let invalidSlug = DiagnosticCode("invalid-slug")
    public static let invalidPeriod = DiagnosticCode("invalid-period")
    public static let invalidBaseURL = DiagnosticCode("invalid-base-url")
    public static let yamlAlias = DiagnosticCode("yaml-alias")
    public static let emptyItem = DiagnosticCode("empty-item")
    public static let yamlTag = DiagnosticCode("yaml-tag")
    public static let inconsistentStatus = DiagnosticCode("inconsistent-status")
}
