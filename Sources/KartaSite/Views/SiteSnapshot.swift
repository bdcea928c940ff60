import KartaCore

/// The content as of a date, with lookups by slug, shared read-only by all page renders.
public struct SiteSnapshot: Sendable {
    public let content: Content
    public let asOf: LocalDate
    public let roadmaps: [RoadmapStatus]
    let roadmapIndex: [String: Int]
    let schoolIndex: [String: Int]
    let orderIndex: [String: Int]

    public init(content: Content, asOf: LocalDate) {
        self.content = content
        self.asOf = asOf
        roadmaps = content.roadmaps.map { RoadmapStatus($0, asOf: asOf) }
        roadmapIndex = Dictionary(content.roadmaps.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        schoolIndex = Dictionary(content.schools.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        orderIndex = Dictionary(content.orders.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func roadmap(_ slug: String) -> RoadmapStatus? { roadmapIndex[slug].map { roadmaps[$0] } }
    public func school(_ slug: String) -> School? { schoolIndex[slug].map { content.schools[$0] } }
    public func order(_ slug: String) -> Order? { orderIndex[slug].map { content.orders[$0] } }

    /// Roadmaps that concern a school: listed by the school or listing it, in slug order.
    public func roadmaps(of school: School) -> [RoadmapStatus] {
        let named = Set(school.roadmaps.map(\.value))
        return roadmaps.filter { named.contains($0.roadmap.slug) || $0.roadmap.schools.contains { $0.value == school.slug } }
    }

    public func progress(of school: School) -> Progress {
        var progress = Progress()
        for status in roadmaps(of: school) {
            for item in status.items(concerning: school.slug) { progress.add(item.state) }
        }
        return progress
    }
}
