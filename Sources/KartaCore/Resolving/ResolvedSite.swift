/// The content linked and as of a date: what every page is rendered from. References are indices
/// into the arrays here, resolved once; output paths are computed once.
public struct ResolvedSite: Sendable {
    public let site: Site
    public let asOf: LocalDate
    public let schools: [ResolvedSchool]
    public let roadmaps: [ResolvedRoadmap]
    public let orders: [ResolvedOrder]
    /// By slug; `meetingsByDate` gives them in the order they were held.
    public let meetings: [ResolvedMeeting]
    /// Indices into `meetings` in the order the meetings were held; sorted once, read by every
    /// school's page.
    public let meetingsByDate: [Int]
    /// The files of `content/files/` the site publishes, sorted by path.
    public let attachments: [Attachment]
    /// The size of each attachment, by path.
    public let attachmentSizes: [String: Int]
    /// Each roadmap's schools, as `roadmaps`: those it lists, in its order, then those that list it,
    /// in slug order. Found once: every roadmap's page, report and meeting reads them.
    public let members: [[Int]]
    /// Each roadmap's indicators and their values, as `roadmaps`.
    public let indicators: [RoadmapIndicators]
    /// Dangling references, duplicate slugs and ids, unsafe or missing files, terms not understood.
    public let diagnostics: Diagnostics
    /// When each content file last changed (`ContentDates`), by path; set by the loader.
    public var updated: [String: LocalDate] = [:]
    /// For each meeting held after another (by slug): the content as committed by the previous
    /// meeting's day, and by its own day unless it is the latest (then the content as it is). Read
    /// from git by the build; empty outside git.
    public var meetingVersions: [String: (EarlierVersion, EarlierVersion?)] = [:]
    /// Those of `diagnostics` found by the checks of the whole site (the attachments refused,
    /// approvals, order requisites) rather than of one file: `SiteResolver.update` runs them again.
    let siteWide: Set<Diagnostic>

    init(
        site: Site, asOf: LocalDate, schools: [ResolvedSchool], roadmaps: [ResolvedRoadmap],
        orders: [ResolvedOrder], meetings: [ResolvedMeeting] = [], attachments: [Attachment],
        indicators: [RoadmapIndicators], diagnostics: Diagnostics,
        siteWide: Set<Diagnostic>
    ) {
        self.indicators = indicators
        self.site = site
        self.asOf = asOf
        self.schools = schools
        self.roadmaps = roadmaps
        self.orders = orders
        self.meetings = meetings
        meetingsByDate = Self.byDate(meetings)
        members = Self.members(of: roadmaps, schools: schools)
        self.attachments = attachments
        attachmentSizes = Dictionary(attachments.map { ($0.path, $0.size) }, uniquingKeysWith: { first, _ in first })
        self.diagnostics = diagnostics
        self.siteWide = siteWide
    }
}
