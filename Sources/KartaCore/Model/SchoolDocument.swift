/// A document of a school: its order on participation, concept, programmes, reports.
public struct SchoolDocument: Sendable, Hashable {
    public var kind: SchoolDocumentKind
    public var title: String
    public var href: String
    public var date: LocalDate?
    public var riskProfile: String?
    /// The signed copy beside it: a scan with signature and stamp (PDF) or a detached electronic
    /// signature (`.sig`), as signed documents are published.
    public var signed: Located<String>?
    public var location: SourceLocation

    public init(
        kind: SchoolDocumentKind, title: String, href: String, date: LocalDate? = nil,
        riskProfile: String? = nil, location: SourceLocation
    ) {
        self.kind = kind
        self.title = title
        self.href = href
        self.date = date
        self.riskProfile = riskProfile
        self.location = location
    }
}
