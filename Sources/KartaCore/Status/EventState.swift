/// The status of a measure as of a date: the entered status, or overdue when its last day has passed.
public enum EventState: String, Sendable, Hashable, CaseIterable {
    case done
    case inProgress = "in-progress"
    case planned
    case overdue
    case cancelled

    /// «выполнено», «выполняется», …
    public var russianLabel: String {
        switch self {
        case .done: "выполнено"
        case .inProgress: "выполняется"
        case .planned: "запланировано"
        case .overdue: "просрочено"
        case .cancelled: "отменено"
        }
    }

    /// A planned or in-progress measure whose last date is before `asOf` is overdue.
    public init(status: EventStatus, schedule: Schedule, asOf: LocalDate) {
        switch status {
        case .done: self = .done
        case .cancelled: self = .cancelled
        case .planned, .inProgress:
            if let last = schedule.lastDay, last < asOf {
                self = .overdue
            } else {
                self = status == .planned ? .planned : .inProgress
            }
        }
    }
}
