/// The kinds of documents a school publishes in its «500+» section.
public enum SchoolDocumentKind: String, Sendable, Hashable, CaseIterable {
    case order
    case riskProfile = "risk-profile"
    case concept
    case midtermProgram = "midterm-program"
    case antiRiskProgram = "anti-risk-program"
    case roadmap
    case report
    case other
}
