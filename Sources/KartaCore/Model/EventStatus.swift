/// The status of a measure as entered in content.
public enum EventStatus: String, Sendable, Hashable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done
    case cancelled

    /// «выполнено», «выполняется», …: the words of the state of the same name.
    public var russianLabel: String { EventState(rawValue: rawValue)!.russianLabel }
}
