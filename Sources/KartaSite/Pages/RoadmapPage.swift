/// `roadmaps/<slug>/index.html`: the roadmap with its timeline and measures by stage.
public struct RoadmapPage: Sendable {
    public let shell: PageShell
    public let title: String
    /// «муниципальная».
    public let level: String
    public let issuer: String
    public let period: String
    public let approvedBy: OrderLink?
    public let schools: [PageLink]
    public let progress: ProgressSummary
    public let reportHref: String
    /// The roadmap as a Word document (`roadmap.docx`, «DOCX, 24 КБ»), when `--docx` wrote one.
    public let docx: PageLink?
    /// The printable roadmap (`document.html`), and it and the report printed to PDF (`--pdf`).
    public let documentHref: String
    public let pdf: PageLink?
    public let reportPDF: PageLink?
    /// The report as a Word document (`--docx`).
    public let reportDocx: PageLink?
    /// The roadmap as data: table (CSV), calendar (iCalendar), JSON.
    public let data: OpenDataLinks

    public struct OpenDataLinks: Sendable {
        public let table: String
        public let calendar: String
        public let json: String
        /// The indicators' values (`indicators.csv`), when the roadmap declares indicators.
        public let indicators: String?
    }
    public let goal: String
    public let tasks: [String]
    public let timeline: TimelineFigure
    public let table: MeasuresTable
    /// The target indicators, school by school; nil when the roadmap declares none.
    public let indicators: IndicatorsTable?
    /// The decisions of meetings that concern the roadmap, in the order the meetings were held.
    public let decisions: [DecisionLine]
    /// Notes and footnotes, from Markdown.
    public let body: HTML
}
