/// A document of a school: its order on participation, concept, programmes, reports.
public struct SchoolDocument: Sendable, Hashable {
    public var kind: SchoolDocumentKind
    public var title: String
    public var href: String
    public var date: LocalDate?
    public var riskProfile: String?
    public var location: SourceLocation

    public init(kind: SchoolDocumentKind, title: String, href: String, date: LocalDate? = nil,
                riskProfile: String? = nil, location: SourceLocation) {
        self.kind = kind
        self.title = title
        self.href = href
        self.date = date
        self.riskProfile = riskProfile
        self.location = location
    }
}
