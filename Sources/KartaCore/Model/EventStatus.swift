/// The status of a measure as entered in content.
public enum EventStatus: String, Sendable, Hashable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done
    case cancelled
}
