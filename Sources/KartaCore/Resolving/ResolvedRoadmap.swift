/// A roadmap with its measures' states as of the date, its schools and the order approving it.
public struct ResolvedRoadmap: Sendable {
    public let status: RoadmapStatus
    /// `roadmaps/<slug>/index.html`.
    public let path: String
    /// `roadmaps/<slug>/report.html`.
    public let reportPath: String
    /// `roadmaps/<slug>/report.pdf`, printed by `--pdf`.
    public let reportPDFPath: String
    /// The schools it lists, as indices into `ResolvedSite.schools`, in its own order.
    public let schools: [Int]
    /// The order that approves it, an index into `ResolvedSite.orders`.
    public let order: Int?

    public var roadmap: Roadmap { status.roadmap }
}
