/// The level of government a roadmap belongs to.
public enum RoadmapLevel: String, Sendable, Hashable, CaseIterable {
    case regional
    case municipal
    case school

    /// «региональная», «муниципальная», «школьная».
    public var russianAdjective: String {
        switch self {
        case .regional: "региональная"
        case .municipal: "муниципальная"
        case .school: "школьная"
        }
    }
}
