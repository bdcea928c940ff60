/// The pages of a site as HTML: one function per page kind, from its typed model. `KartaTemplates`
/// holds the default theme; the renderer calls whichever theme it is given.
public protocol Theme: Sendable {
    func index(_ page: IndexPage) -> HTML
    func roadmap(_ page: RoadmapPage) -> HTML
    func report(_ page: ReportPage) -> HTML
    /// The roadmap as its own printable document (`document.html`, printed to `roadmap.pdf`).
    func roadmapDocument(_ page: RoadmapDocumentPage) -> HTML
    /// A school's measures in a roadmap that is not its own.
    func schoolMeasures(_ items: [SchoolSection.Measure]) -> HTML
    /// The section shared by a school's page and its fragment.
    func schoolSection(_ section: SchoolSection) -> HTML
    func school(_ page: SchoolPage) -> HTML
    func schoolFragment(_ page: SchoolFragmentPage) -> HTML
    func order(_ page: OrderPage) -> HTML
    /// A meeting's protocol.
    func meeting(_ page: MeetingPage) -> HTML
    /// «Выписка из протокола»: the page holds the one agenda item (`MeetingPage.extract`).
    func meetingExtract(_ page: MeetingPage) -> HTML
    /// The materials of a meeting, as of its date.
    func meetingMaterials(_ page: MeetingMaterialsPage) -> HTML
    /// The theme's own stylesheets (and any other files its pages link), compiled into karta and
    /// written under `output/assets/`; a folder of styles given at build time overrides them file
    /// by file.
    var assets: [OutputFile] { get }
}

extension Theme {
    public var assets: [OutputFile] { [] }
}
