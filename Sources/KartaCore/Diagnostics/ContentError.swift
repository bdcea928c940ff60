/// Problems in content files: their encoding, front matter, YAML, fields and references.
public enum ContentError: DiagnosticMessage, Hashable {
    case unreadable(reason: String)
    case notUTF8(likelyEncoding: String?)
    case frontMatterMissing
    case frontMatterNotClosed
    case brokenYAML(problem: String)
    case wrongType(field: String, expected: String, found: String)
    case missingField(String)
    case unknownKey(String, suggestion: String?)
    case invalidDate(field: String, text: String)
    case invalidNumber(field: String, text: String)
    case invalidValue(field: String, value: String, allowed: [String])
    case duplicateKey(String)
    case duplicateSlug(String, kind: ContentKind, first: SourceLocation)
    case duplicateEventID(String, first: SourceLocation)
    case unknownReference(kind: ContentKind, slug: String, suggestion: String?)
    case invalidSlug(String)
    case unsafePath(String)
    case missingFile(String)
    case invalidPeriod(String)
    case invalidBaseURL(String)
    case attachmentRefused(String, reason: RefusedAttachment)
    case forbiddenCharacter(Unicode.Scalar)
    case yamlAlias
    case emptyItem(field: String)
    case complexKey(found: String)
    case yamlTag(String)
    case repeatedReference(slug: String, first: SourceLocation)
    case approvalNotInOrder(order: String)
    case duplicateOrder(number: String, date: LocalDate, first: SourceLocation)
    case ignoredEntry(String, folder: String, isFolder: Bool)
    case dateOutOfRange(field: String, text: String)
    case periodOutOfRange(String)
    case periodAmbiguous([String])
    case textTooLong(field: String, count: Int, limit: Int)
    case fileTooLarge(bytes: Int)
    case doneWithoutDate
    case dateWithoutDone(status: String)
    case doneAfterAsOf(done: LocalDate, asOf: LocalDate)
    case imageWithoutDescription

    /// Why a file of `files/` is not published.
    public enum RefusedAttachment: Sendable, Hashable {
        case link, active
    }

    public var severity: Severity {
        switch self {
        case .unknownKey, .missingFile, .attachmentRefused, .ignoredEntry, .emptyItem, .repeatedReference, .approvalNotInOrder, .duplicateOrder, .doneWithoutDate, .dateWithoutDone, .doneAfterAsOf, .imageWithoutDescription: .warning
        default: .error
        }
    }

    public var code: String {
        switch self {
        case .unreadable: "unreadable"
        case .notUTF8: "not-utf8"
        case .frontMatterMissing: "front-matter-missing"
        case .frontMatterNotClosed: "front-matter-not-closed"
        case .brokenYAML: "broken-yaml"
        case .wrongType: "wrong-type"
        case .missingField: "missing-field"
        case .unknownKey: "unknown-key"
        case .invalidDate: "invalid-date"
        case .invalidNumber: "invalid-number"
        case .invalidValue: "invalid-value"
        case .duplicateKey: "duplicate-key"
        case .duplicateSlug: "duplicate-slug"
        case .duplicateEventID: "duplicate-event-id"
        case .unknownReference: "unknown-reference"
        case .invalidSlug: "invalid-slug"
        case .unsafePath: "unsafe-path"
        case .attachmentRefused: "attachment-refused"
        case .forbiddenCharacter: "forbidden-character"
        case .yamlAlias: "yaml-alias"
        case .emptyItem: "empty-item"
        case .complexKey: "wrong-type"
        case .yamlTag: "yaml-tag"
        case .repeatedReference: "repeated-reference"
        case .approvalNotInOrder: "approval-not-in-order"
        case .duplicateOrder: "duplicate-order"
        case .ignoredEntry: "ignored-file"
        case .dateOutOfRange: "invalid-date"
        case .periodOutOfRange, .periodAmbiguous: "invalid-period"
        case .textTooLong, .fileTooLarge: "too-large"
        case .doneWithoutDate, .dateWithoutDone, .doneAfterAsOf: "inconsistent-status"
        case .imageWithoutDescription: "image-without-description"
        case .missingFile: "missing-file"
        case .invalidPeriod: "invalid-period"
        case .invalidBaseURL: "invalid-base-url"
        }
    }

    public var notes: [Note] {
        switch self {
        case .duplicateSlug(_, _, let first): [Note("впервые этот адрес указан здесь", at: first)]
        case .duplicateEventID(_, let first): [Note("впервые этот номер указан здесь", at: first)]
        case .repeatedReference(_, let first): [Note("впервые указан здесь", at: first)]
        case .duplicateOrder(_, _, let first): [Note("приказ с этим номером и датой", at: first)]
        default: []
        }
    }

    public var message: String {
        switch self {
        case .unreadable(let reason):
            return "не удалось прочитать файл: \(reason)"
        case .notUTF8(let likely):
            let guess = likely.map { ", похоже, это \($0)" } ?? ""
            return "файл не в кодировке UTF-8\(guess); сохраните его в UTF-8"
        case .frontMatterMissing:
            return "файл должен начинаться с заголовка YAML между строками «---»"
        case .frontMatterNotClosed:
            return "заголовок YAML не закрыт: нет строки «---» после него"
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
            return "поле «\(field.quotedExcerpt)»: недопустимое значение «\(value.quotedExcerpt)»; допустимые: \(allowed.joined(separator: ", "))"
        case .duplicateKey(let key):
            return "поле «\(key.quotedExcerpt)» указано дважды"
        case .duplicateSlug(let slug, let kind, _):
            return "\(kind.russianName) с адресом «\(slug.quotedExcerpt)» уже есть; этот файл не учитывается"
        case .duplicateEventID(let id, _):
            return "мероприятие с номером «\(id.quotedExcerpt)» уже есть в этой дорожной карте"
        case .unknownReference(let kind, let slug, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду «\($0.quotedExcerpt)»" } ?? ""
            return "\(kind.russianName) «\(slug.quotedExcerpt)» \(kind.notFoundPhrase)\(hint)"
        case .invalidSlug(let slug):
            return "адрес «\(slug.quotedExcerpt)» недопустим: только строчные латинские буквы, цифры и «-»"
        case .unsafePath(let path):
            return "путь «\(path.quotedExcerpt)» выходит за пределы сайта; используйте путь внутри папки files/ или адрес http(s)"
        case .missingFile(let path):
            return "файл «\(path.quotedExcerpt)» не найден в папке content"
        case .invalidBaseURL(let url):
            return "адрес сайта «\(url.quotedExcerpt)» должен начинаться с https:// или http://"
        case .attachmentRefused(let path, .link):
            return "файл «\(path.quotedExcerpt)» не опубликован: это символическая ссылка, а karta публикует только обычные файлы папки files/"
        case .attachmentRefused(let path, .active):
            return "файл «\(path.quotedExcerpt)» не опубликован: страница или скрипт, открытые с адреса сайта, могли бы действовать от его имени; приложите документ в PDF или Word"
        case .forbiddenCharacter(let scalar):
            return "недопустимый символ \(ForbiddenCharacters.name(of: scalar)); удалите его"
        case .dateOutOfRange(let field, let text):
            return "поле «\(field.quotedExcerpt)»: дата «\(text.quotedExcerpt)» вне \(Limits.years.lowerBound)–\(Limits.years.upperBound) годов; проверьте год"
        case .periodOutOfRange(let text):
            return "период «\(text.quotedExcerpt)» вне допустимого: годы \(Limits.years.lowerBound)–\(Limits.years.upperBound), не длиннее \(Limits.periodYears) лет; проверьте годы"
        case .periodAmbiguous(let keys):
            return "в периоде указано сразу \(keys.map { "«\($0.quotedExcerpt)»" }.joined(separator: ", ")); оставьте одно: year, academic_year или from/to"
        case .textTooLong(let field, let count, let limit):
            return "поле «\(field.quotedExcerpt)»: \(count) знаков, а допускается не больше \(limit); сократите текст"
        case .fileTooLarge(let bytes):
            return "файл размером \(bytes / 1024 / 1024) МБ, а допускается не больше \(Limits.fileBytes / 1024 / 1024) МБ"
        case .doneWithoutDate:
            return "мероприятие выполнено (status: done), но не указана дата выполнения done"
        case .dateWithoutDone(let status):
            return "указана дата выполнения done, но статус «\(status.quotedExcerpt)»; для выполненного пишите status: done"
        case .doneAfterAsOf(let done, let asOf):
            return "дата выполнения \(done.russianNumeric) позже даты, на которую составлен отчёт (\(asOf.russianNumeric))"
        case .ignoredEntry(let name, let folder, true):
            return "папка «\(name.quotedExcerpt)» не читается: karta читает только файлы .md прямо в папке \(folder)/, без вложенных папок"
        case .ignoredEntry(let name, let folder, false):
            return "файл «\(name.quotedExcerpt)» не читается: karta читает только файлы с окончанием .md (строчными буквами) в папке \(folder)/"
        case .repeatedReference(let slug, _):
            return "«\(slug.quotedExcerpt)» уже указан в этом списке; повтор не учитывается"
        case .approvalNotInOrder(let order):
            return "дорожная карта утверждена приказом «\(order.quotedExcerpt)», но в его приложениях её нет; добавьте «- roadmap: …» в appendices приказа"
        case .duplicateOrder(let number, let date, _):
            return "приказ № \(number.quotedExcerpt) от \(date.russianNumeric) уже есть; проверьте номер и дату"
        case .complexKey(let found):
            return "имя поля должно быть текстом, а указан \(found); поле пропущено"
        case .emptyItem(let field):
            return "«\(field.quotedExcerpt)»: пустой элемент списка пропущен"
        case .yamlTag(let tag):
            return "тег YAML «\(tag.quotedExcerpt)» не поддерживается: karta читает значения как текст; уберите тег или возьмите значение в кавычки"
        case .yamlAlias:
            return "эта часть повторена ссылкой YAML (*имя); karta не поддерживает якоря и ссылки YAML — повторите текст"
        case .imageWithoutDescription:
            return "у изображения нет описания: без картинок и при чтении с экрана на его месте ничего не будет; напишите его в скобках: ![Схема работы школы](files/…)"
        case .invalidPeriod(let text):
            return "период «\(text.quotedExcerpt)» не распознан; пишите year: 2022, academic_year: 2023-2024 или from/to"
        }
    }
}
