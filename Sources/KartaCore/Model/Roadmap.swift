/// `content/roadmaps/<slug>.md`: a roadmap (дорожная карта, план мероприятий).
public struct Roadmap: Sendable, Hashable {
    public var slug: String
    public var file: String
    public var title: String
    public var level: RoadmapLevel
    public var issuer: String
    public var period: Period
    public var goal: String
    public var tasks: [String]
    public var columns: ColumnCaptions
    public var schools: [Located<String>]
    public var approvedBy: Located<String>?
    /// The approval stamp as the document writes it; nil when the document has none written.
    public var stamp: ApprovalStamp?
    public var stages: [Stage]
    /// Target indicators (целевые показатели), measured by monitoring tables.
    public var indicators: [Indicator]
    /// Notes and footnotes in Markdown.
    public var body: String

    public init(slug: String, file: String, title: String, level: RoadmapLevel, period: Period) {
        self.slug = slug
        self.file = file
        self.title = title
        self.level = level
        self.issuer = ""
        self.period = period
        self.goal = ""
        self.tasks = []
        self.columns = ColumnCaptions()
        self.schools = []
        self.stages = []
        self.indicators = []
        self.body = ""
    }

    /// Every measure in document order.
    public var events: [Event] { stages.flatMap(\.events) }
}
