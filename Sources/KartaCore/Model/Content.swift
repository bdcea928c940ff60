/// Everything read from a content folder, decoded, in a stable order (by slug).
public struct Content: Sendable {
    public var site: Site
    public var schools: [School]
    public var roadmaps: [Roadmap]
    public var orders: [Order]

    public init(site: Site, schools: [School] = [], roadmaps: [Roadmap] = [], orders: [Order] = []) {
        self.site = site
        self.schools = schools
        self.roadmaps = roadmaps
        self.orders = orders
    }
}
