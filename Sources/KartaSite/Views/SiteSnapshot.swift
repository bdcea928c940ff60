import KartaCore

/// The content as of a date, with lookups by slug, shared read-only by all page renders.
/// Every lookup is hashed, so that page renders stay linear in the size of the site.
public struct SiteSnapshot: Sendable {
    public let content: Content
    public let asOf: LocalDate
    public let roadmaps: [RoadmapStatus]
    let roadmapIndex: [String: Int]
    let schoolIndex: [String: Int]
    let orderIndex: [String: Int]
    /// Roadmap indices by school slug: listed by the school or listing it, in slug order.
    let roadmapsBySchool: [String: [Int]]
    /// Progress of the measures that concern each school, by slug.
    let progressBySchool: [String: Progress]
    /// HTML anchors of each roadmap's measures («event-1-3»), by roadmap slug, then by where each measure is written.
    let anchorsByRoadmap: [String: [SourceLocation: String]]

    public init(content: Content, asOf: LocalDate) {
        self.content = content
        self.asOf = asOf
        let roadmaps = content.roadmaps.map { RoadmapStatus($0, asOf: asOf) }
        self.roadmaps = roadmaps
        roadmapIndex = Self.index(content.roadmaps.map(\.slug))
        schoolIndex = Self.index(content.schools.map(\.slug))
        orderIndex = Self.index(content.orders.map(\.slug))

        var bySchool: [String: Set<Int>] = [:]
        for (index, roadmap) in content.roadmaps.enumerated() {
            for school in roadmap.schools { bySchool[school.value, default: []].insert(index) }
        }
        for school in content.schools {
            for slug in school.roadmaps { if let index = roadmapIndex[slug.value] { bySchool[school.slug, default: []].insert(index) } }
        }
        roadmapsBySchool = bySchool.mapValues { $0.sorted() }

        var progress: [String: Progress] = [:]
        for (slug, indices) in roadmapsBySchool {
            var total = Progress()
            for index in indices {
                for item in roadmaps[index].items(concerning: slug) { total.add(item.state) }
            }
            progress[slug] = total
        }
        progressBySchool = progress
        anchorsByRoadmap = Dictionary(roadmaps.map { status in
            (status.roadmap.slug,
             Dictionary(zip(status.items.map(\.event.location), EventRowView.anchors(for: status.items)),
                        uniquingKeysWith: { first, _ in first }))
        }, uniquingKeysWith: { first, _ in first })
    }

    private static func index(_ slugs: [String]) -> [String: Int] {
        Dictionary(slugs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func roadmap(_ slug: String) -> RoadmapStatus? { roadmapIndex[slug].map { roadmaps[$0] } }
    public func school(_ slug: String) -> School? { schoolIndex[slug].map { content.schools[$0] } }
    public func order(_ slug: String) -> Order? { orderIndex[slug].map { content.orders[$0] } }

    /// Roadmaps that concern a school: listed by the school or listing it, in slug order.
    public func roadmaps(of school: School) -> [RoadmapStatus] {
        (roadmapsBySchool[school.slug] ?? []).map { roadmaps[$0] }
    }

    /// HTML anchors of a roadmap's measures, by where each measure is written.
    func anchors(of status: RoadmapStatus) -> [SourceLocation: String] {
        anchorsByRoadmap[status.roadmap.slug] ?? [:]
    }

    public func progress(of school: School) -> Progress {
        progressBySchool[school.slug] ?? Progress()
    }
}
