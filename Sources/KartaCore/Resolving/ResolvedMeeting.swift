/// A meeting with its decisions linked to the roadmaps, measures and schools they concern.
public struct ResolvedMeeting: Sendable {
    public struct Decision: Sendable {
        public let decision: KartaCore.Decision
        /// Its agenda item and its place among the item's decisions, from 0: «1.2.» is (0, 1).
        public let item: Int
        public let position: Int
        /// An index into `ResolvedSite.roadmaps`, and of the measure into its status's `items`.
        public let roadmap: Int?
        public let measure: Int?
        /// Indices into `ResolvedSite.schools`.
        public let schools: [Int]

        /// «1.2.», as the protocol numbers it.
        public var number: String { "\(item + 1).\(position + 1)." }
    }

    public let meeting: Meeting
    public let paths: MeetingPaths
    public let decisions: [Decision]

    /// `meetings/<slug>/index.html`.
    public var path: String { paths.page }

    /// The agenda items (from 0) with a decision that names a school: each has its extract.
    public var extractItems: [Int] {
        Array(Set(decisions.filter { !$0.schools.isEmpty }.map(\.item))).sorted()
    }
}
