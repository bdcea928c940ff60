/// One measure (мероприятие) of a roadmap.
public struct Event: Sendable, Hashable {
    /// The number as written in the document, e.g. «1.3» or «8.»; may be empty.
    public var id: String
    public var title: String
    /// The term as written («03-15 февраля»); never rewritten.
    public var when: String
    public var responsible: String
    public var result: String
    public var status: EventStatus
    public var done: LocalDate?
    public var evidence: [Link]
    public var schools: [Located<String>]
    public var riskProfile: String?
    public var location: SourceLocation
    public var whenLocation: SourceLocation
    /// How `when` is understood in the roadmap's period; set when the roadmap is decoded.
    public var schedule: Schedule

    /// What makes a measure the same measure in two versions of its roadmap: its number, or its
    /// title when it has none.
    public var identity: String { id.isEmpty ? "title:" + title : "id:" + id }

    public init(id: String, title: String, when: String = "", location: SourceLocation) {
        self.id = id
        self.title = title
        self.when = when
        self.responsible = ""
        self.result = ""
        self.status = .planned
        self.evidence = []
        self.schools = []
        self.location = location
        self.whenLocation = location
        self.schedule = Schedule(text: when, kind: .unknown)
    }
}
