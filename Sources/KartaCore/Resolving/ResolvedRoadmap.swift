/// A roadmap with its measures' states as of the date, its schools and the order approving it.
public struct ResolvedRoadmap: Sendable {
    public let status: RoadmapStatus
    /// Its page, report, documents and data.
    public let paths: RoadmapPaths
    /// The schools it lists, as indices into `ResolvedSite.schools`, in its own order.
    public let schools: [Int]
    /// The order that approves it, an index into `ResolvedSite.orders`.
    public let order: Int?

    public var roadmap: Roadmap { status.roadmap }
    /// `roadmaps/<slug>/index.html`.
    public var path: String { paths.page }
}
