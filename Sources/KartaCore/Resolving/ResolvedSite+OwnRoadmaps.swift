extension ResolvedSite {
    /// A school's own roadmaps (level `school`), which its section shows whole, with their documents.
    public func ownRoadmaps(of school: Int) -> [ResolvedSchool.RoadmapLink] {
        schools[school].roadmaps.filter { roadmaps[$0.roadmap].roadmap.level == .school }
    }
}
