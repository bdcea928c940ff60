extension ResolvedSite {
    /// Each roadmap's schools (see `members`), in one pass over the schools' links.
    static func members(of roadmaps: [ResolvedRoadmap], schools: [ResolvedSchool]) -> [[Int]] {
        var members = roadmaps.map(\.schools)
        let listed = roadmaps.map { Set($0.schools) }
        for (index, school) in schools.enumerated() {
            for link in school.roadmaps where !listed[link.roadmap].contains(index) {
                members[link.roadmap].append(index)
            }
        }
        return members
    }
}
