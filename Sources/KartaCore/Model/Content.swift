/// Everything read from a content folder, decoded, in a stable order (by slug).
public struct Content: Sendable {
    public var site: Site
    public var schools: [School]
    public var roadmaps: [Roadmap]
    public var orders: [Order]
    public var meetings: [Meeting] = []
    /// Monitoring tables, by roadmap folder and date.
    public var rounds: [MonitoringRound] = []
    /// Slugs (from the file names) of files that could not be decoded, by kind: a reference to one
    /// of them is not reported again — the file's own error is the cause to fix.
    public var undecoded: [ContentKind: Set<String>] = [:]

    public init(site: Site, schools: [School] = [], roadmaps: [Roadmap] = [], orders: [Order] = []) {
        self.site = site
        self.schools = schools
        self.roadmaps = roadmaps
        self.orders = orders
    }
}
