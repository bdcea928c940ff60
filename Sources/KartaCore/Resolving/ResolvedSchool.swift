/// A school with the roadmaps that concern it and the measures of each that are its own.
public struct ResolvedSchool: Sendable {
    /// One roadmap that concerns the school: listed by the school or listing it.
    public struct RoadmapLink: Sendable {
        /// An index into `ResolvedSite.roadmaps`.
        public let roadmap: Int
        /// The measures that concern the school, as indices into the roadmap's `status.items`.
        public let items: [Int]
        public let progress: Progress
    }

    public let school: School
    /// Its page, fragment and calendar.
    public let paths: SchoolPaths
    /// In slug order of the roadmaps.
    public let roadmaps: [RoadmapLink]
    /// Of every measure that concerns the school.
    public let progress: Progress

    /// `schools/<slug>/index.html`.
    public var path: String { paths.page }
}
