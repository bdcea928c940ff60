/// Problems between files, found when the site is resolved: references, repeated addresses and numbers, linked files, dates against the report's date.
public enum ResolveError: DiagnosticMessage, Hashable {
    case duplicateSlug(String, kind: ContentKind, first: SourceLocation)
    case duplicateEventID(String, first: SourceLocation)
    case unknownReference(kind: ContentKind, slug: String, suggestion: String?)
    case unsafePath(String)
    case missingFile(String)
    case attachmentRefused(String, reason: RefusedAttachment)
    case repeatedReference(slug: String, first: SourceLocation)
    case approvalNotInOrder(order: String)
    case duplicateOrder(number: String, date: LocalDate, first: SourceLocation)
    case duplicateMeeting(number: String, date: LocalDate, first: SourceLocation)
    case doneAfterAsOf(done: LocalDate, asOf: LocalDate)
    case staleRoadmap(updated: LocalDate, asOf: LocalDate, days: Int, limit: Int)
    case duplicateIndicator(String, first: SourceLocation)
    case unknownIndicator(String, suggestion: String?)
    case unknownSchool(String, suggestion: String?)
    case schoolNotInRoadmap(String, roadmap: String)
    case duplicateRound(date: LocalDate, first: SourceLocation)
    case roundAfterAsOf(date: LocalDate, asOf: LocalDate)
    case unknownMeasure(String, roadmap: String, suggestion: String?)

    /// Why a file of `files/` is not published.
    public enum RefusedAttachment: Sendable, Hashable {
        case link, active
    }

    public var severity: Severity {
        switch self {
        case .missingFile, .attachmentRefused, .repeatedReference, .approvalNotInOrder, .duplicateOrder,
            .duplicateMeeting, .doneAfterAsOf, .roundAfterAsOf,
            .staleRoadmap:
            .warning
        default: .error
        }
    }

    public var code: DiagnosticCode {
        switch self {
        case .duplicateSlug: .duplicateSlug
        case .duplicateEventID: .duplicateEventID
        case .unknownReference: .unknownReference
        case .unsafePath: .unsafePath
        case .missingFile: .missingFile
        case .attachmentRefused: .attachmentRefused
        case .repeatedReference: .repeatedReference
        case .approvalNotInOrder: .approvalNotInOrder
        case .duplicateOrder, .duplicateMeeting: .duplicateOrder
        case .doneAfterAsOf, .roundAfterAsOf: .inconsistentStatus
        case .staleRoadmap: .staleContent
        case .duplicateIndicator: .duplicateIndicator
        case .unknownIndicator, .unknownSchool, .unknownMeasure: .unknownReference
        case .schoolNotInRoadmap: .schoolNotInRoadmap
        case .duplicateRound: .duplicateRound
        }
    }

    public var notes: [Note] {
        switch self {
        case .duplicateSlug(_, _, let first): [Note("впервые этот адрес указан здесь", at: first)]
        case .duplicateEventID(_, let first): [Note("впервые этот номер указан здесь", at: first)]
        case .repeatedReference(_, let first): [Note("впервые указан здесь", at: first)]
        case .duplicateOrder(_, _, let first): [Note("приказ с этим номером и датой", at: first)]
        case .duplicateMeeting(_, _, let first): [Note("протокол с этим номером и датой", at: first)]
        case .duplicateIndicator(_, let first): [Note("впервые этот показатель указан здесь", at: first)]
        case .duplicateRound(_, let first): [Note("таблица с той же датой", at: first)]
        default: []
        }
    }

    public var message: String {
        switch self {
        case .duplicateSlug(let slug, let kind, _):
            return "\(kind.russianName) с адресом «\(slug.quotedExcerpt)» уже есть; этот файл не учитывается"
        case .duplicateEventID(let id, _):
            return "мероприятие с номером «\(id.quotedExcerpt)» уже есть в этой дорожной карте"
        case .unknownReference(let kind, let slug, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду «\($0.quotedExcerpt)»" } ?? ""
            return "\(kind.russianName) «\(slug.quotedExcerpt)» \(kind.notFoundPhrase)\(hint)"
        case .unknownMeasure(let id, let roadmap, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду «\($0.quotedExcerpt)»" } ?? ""
            return "в дорожной карте «\(roadmap.quotedExcerpt)» нет мероприятия № \(id.quotedExcerpt)\(hint)"
        case .unsafePath(let path):
            return
                "путь «\(path.quotedExcerpt)» выходит за пределы сайта; используйте путь внутри папки files/ или адрес http(s)"
        case .missingFile(let path):
            return "файл «\(path.quotedExcerpt)» не найден в папке content"
        case .attachmentRefused(let path, .link):
            return
                "файл «\(path.quotedExcerpt)» не опубликован: это символическая ссылка, а karta публикует только обычные файлы папки files/"
        case .attachmentRefused(let path, .active):
            return
                "файл «\(path.quotedExcerpt)» не опубликован: страница или скрипт, открытые с адреса сайта, могли бы действовать от его имени; "
                + "приложите документ в PDF или Word"
        case .repeatedReference(let slug, _):
            return "«\(slug.quotedExcerpt)» уже указан в этом списке; повтор не учитывается"
        case .approvalNotInOrder(let order):
            return
                "дорожная карта утверждена приказом «\(order.quotedExcerpt)», но в его приложениях её нет; добавьте «- roadmap: …» в appendices "
                + "приказа"
        case .duplicateOrder(let number, let date, _):
            return "приказ № \(number.quotedExcerpt) от \(date.russianNumeric) уже есть; проверьте номер и дату"
        case .duplicateMeeting(let number, let date, _):
            return "протокол № \(number.quotedExcerpt) от \(date.russianNumeric) уже есть; проверьте номер и дату"
        case .doneAfterAsOf(let done, let asOf):
            return
                "дата выполнения \(done.russianNumeric) позже даты, на которую составлен отчёт (\(asOf.russianNumeric))"
        case .duplicateIndicator(let id, _):
            return "показатель «\(id.quotedExcerpt)» уже есть в этой дорожной карте"
        case .unknownIndicator(let id, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду «\($0.quotedExcerpt)»" } ?? ""
            return "показателя «\(id.quotedExcerpt)» нет среди показателей дорожной карты (indicators)\(hint)"
        case .unknownSchool(let name, let suggestion):
            let hint = suggestion.map { "; возможно, имелось в виду «\($0.quotedExcerpt)»" } ?? ""
            return "школа «\(name.quotedExcerpt)» не найдена: пишите её адрес, краткое или полное название\(hint)"
        case .schoolNotInRoadmap(let name, let roadmap):
            return "школа «\(name.quotedExcerpt)» не участвует в дорожной карте «\(roadmap.quotedExcerpt)»"
        case .duplicateRound(let date, _):
            return "таблица мониторинга на \(date.russianNumeric) уже есть; оставьте одну"
        case .roundAfterAsOf(let date, let asOf):
            return
                "таблица мониторинга на \(date.russianNumeric) позже даты, на которую составлен отчёт (\(asOf.russianNumeric)); "
                + "она не показана"
        case .staleRoadmap(let updated, let asOf, let days, let limit):
            return
                "дорожная карта не обновлялась \(RussianPlural.count(days, "день", "дня", "дней")) к дате отчёта \(asOf.russianNumeric) "
                + "(последнее изменение \(updated.russianNumeric)), а в site.yml допускается \(limit) "
                + "(stale_after_days); обновите сведения о выполнении мероприятий"
        }
    }
}

extension DiagnosticCode {
    public static let duplicateSlug = DiagnosticCode("duplicate-slug")
    public static let duplicateEventID = DiagnosticCode("duplicate-event-id")
    public static let unknownReference = DiagnosticCode("unknown-reference")
    public static let unsafePath = DiagnosticCode("unsafe-path")
    public static let missingFile = DiagnosticCode("missing-file")
    public static let attachmentRefused = DiagnosticCode("attachment-refused")
    public static let repeatedReference = DiagnosticCode("repeated-reference")
    public static let approvalNotInOrder = DiagnosticCode("approval-not-in-order")
    public static let duplicateOrder = DiagnosticCode("duplicate-order")
    public static let staleContent = DiagnosticCode("stale-content")
    public static let duplicateIndicator = DiagnosticCode("duplicate-indicator")
    public static let schoolNotInRoadmap = DiagnosticCode("school-not-in-roadmap")
    public static let duplicateRound = DiagnosticCode("duplicate-round")
}
