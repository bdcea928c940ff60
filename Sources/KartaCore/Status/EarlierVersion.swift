/// The content at an earlier version (a git revision), for reports that show what changed since.
public struct EarlierVersion: Sendable {
    /// As the user named it: «HEAD~5», «v2025-10».
    public let name: String
    /// The commit's identity: reports are rendered again when it changes.
    public let commit: String
    /// The day of the commit; its measures' states are taken as of this day.
    public let date: LocalDate
    /// Its roadmaps by slug.
    public let roadmaps: [String: Roadmap]
    /// Its schools and monitoring tables: the indicators' values then.
    public let schools: [School]
    public let rounds: [MonitoringRound]

    public init(
        name: String, commit: String, date: LocalDate, roadmaps: [Roadmap], schools: [School] = [],
        rounds: [MonitoringRound] = []
    ) {
        self.name = name
        self.commit = commit
        self.date = date
        self.roadmaps = Dictionary(roadmaps.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        self.schools = schools
        self.rounds = rounds
    }

    /// The changes of a roadmap since this version.
    public func changes(of now: RoadmapStatus) -> StatusChanges {
        StatusChanges(before: roadmaps[now.roadmap.slug].map { RoadmapStatus($0, asOf: date) }, now: now)
    }
}
