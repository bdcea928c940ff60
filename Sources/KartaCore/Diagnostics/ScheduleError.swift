/// Problems with the terms («сроки») of measures; warnings, since the text is kept as written.
public enum ScheduleError: DiagnosticMessage, Hashable {
    case unknownTerm(String)
    case outsidePeriod(String, period: String)

    public var severity: Severity { .warning }

    public var code: String {
        switch self {
        case .unknownTerm: "unknown-term"
        case .outsidePeriod: "term-outside-period"
        }
    }

    public var message: String {
        switch self {
        case .unknownTerm(let text):
            return "срок «\(text.quotedExcerpt)» не распознан: он будет показан как написан, но не попадёт на шкалу времени и в расчёт просрочки"
        case .outsidePeriod(let text, let period):
            return "срок «\(text.quotedExcerpt)» выходит за период дорожной карты (\(period))"
        }
    }
}
