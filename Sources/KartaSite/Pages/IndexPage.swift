/// `index.html`: every roadmap with its period and progress, every school, every order, every
/// meeting's protocol.
public struct IndexPage: Sendable {
    public struct Roadmap: Sendable {
        public let title: String
        public let href: String
        /// «муниципальная».
        public let level: String
        public let period: String
        public let progress: ProgressSummary
    }

    public struct School: Sendable {
        public let name: String
        public let href: String
        public let riskProfiles: [String]
        public let progress: ProgressSummary
    }

    public let shell: PageShell
    public let municipality: String
    public let region: String
    public let roadmaps: [Roadmap]
    public let schools: [School]
    public let orders: [OrderLink]
    /// The protocols, newest meeting first, each with how many of its decisions are overdue.
    public let meetings: [Meeting]

    public struct Meeting: Sendable {
        public let link: PageLink
        public let overdue: Int
    }
}
