/// `content/meetings/<slug>.md`: a meeting (совещание, заседание рабочей группы …) and its
/// протокол: who met, the agenda, and the decisions that become tracked work.
public struct Meeting: Sendable, Hashable {
    public var slug: String
    public var file: String
    /// The lines of the organisation header, as on an order.
    public var issuer: [String]
    /// «заседание рабочей группы», «совещание», «коллегия» …, as written.
    public var kind: String
    /// What follows the kind in the heading: «по реализации дорожной карты …».
    public var title: String
    public var date: LocalDate?
    public var number: String
    public var place: String
    public var chair: Person?
    public var secretary: Person?
    public var attendees: Attendees
    public var invited: [Person]
    public var agenda: [AgendaItem]
    /// Notes, in Markdown; shown after the protocol.
    public var body: String

    public init(slug: String, file: String, kind: String, title: String) {
        self.slug = slug
        self.file = file
        self.issuer = []
        self.kind = kind
        self.title = title
        self.number = ""
        self.place = ""
        self.attendees = .names([])
        self.invited = []
        self.agenda = []
        self.body = ""
    }

    /// Who was present: the names, or only their number when the list is kept elsewhere.
    public enum Attendees: Sendable, Hashable {
        case names([String])
        case count(Int)

        /// Over this many names the protocol gives the count and attaches the list (ГОСТ Р 7.0.97).
        public static let listedInline = 15

        public var count: Int {
            switch self {
            case .names(let names): names.count
            case .count(let count): count
            }
        }
    }

    /// Every decision with the agenda item it belongs to, numbered as the protocol numbers them.
    public var decisions: [(item: Int, decision: Decision)] {
        agenda.enumerated().flatMap { index, item in item.decisions.map { (index, $0) } }
    }
}
