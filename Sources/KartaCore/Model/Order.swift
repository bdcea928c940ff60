/// `content/orders/<slug>.md`: an order (приказ) with its appendices.
public struct Order: Sendable, Hashable {
    public var slug: String
    public var file: String
    /// The lines of the organisation header.
    public var issuer: [String]
    /// The organisation as written after «к приказу» in appendix marks, e.g. «РОО»; optional.
    public var shortIssuer: String
    /// «ПРИКАЗ», «РАСПОРЯЖЕНИЕ» …
    public var kind: OrderKind
    public var number: String
    public var date: LocalDate?
    public var place: String
    /// The heading, «Об утверждении …».
    public var title: String
    public var signatory: Person?
    public var preparedBy: String
    /// The signed copy of the order: a scan (PDF) or a detached electronic signature (`.sig`).
    public var signed: Located<String>?
    public var appendices: [Appendix]
    /// Preamble, «ПРИКАЗЫВАЮ:» and the numbered points, in Markdown.
    public var body: String

    public init(slug: String, file: String, title: String) {
        self.slug = slug
        self.file = file
        self.issuer = []
        self.shortIssuer = ""
        self.kind = .order
        self.number = ""
        self.place = ""
        self.title = title
        self.preparedBy = ""
        self.appendices = []
        self.body = ""
    }
}
