/// Problems with the terms («сроки») of measures; warnings, since the text is kept as written.
public enum ScheduleError: DiagnosticMessage, Hashable {
    case unknownTerm(String)
    case outsidePeriod(String, period: String)

    public var severity: Severity { .warning }

    public var code: DiagnosticCode {
        switch self {
        case .unknownTerm: .unknownTerm
        case .outsidePeriod: .termOutsidePeriod
        }
    }

    public var message: String {
        switch self {
        case .unknownTerm(let text):
            return
                "срок «\(text.quotedExcerpt)» не распознан: он будет показан как написан, но не попадёт на шкалу времени и в расчёт просрочки"
        case .outsidePeriod(let text, let period):
            return "срок «\(text.quotedExcerpt)» выходит за период дорожной карты (\(period))"
        }
    }
}

extension DiagnosticCode {
    public static let unknownTerm = DiagnosticCode("unknown-term")
    public static let termOutsidePeriod = DiagnosticCode("term-outside-period")
}
