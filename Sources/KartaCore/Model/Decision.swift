/// A decision of a meeting: work with a responsible person and a deadline, tracked like a measure.
public struct Decision: Sendable, Hashable {
    public var text: String
    public var responsible: String
    /// «срок – до 15.10.2025»; nil for a decision without a deadline.
    public var due: LocalDate?
    public var status: EventStatus
    public var done: LocalDate?
    public var evidence: [Link]
    /// The roadmap it concerns, and a measure of it by number.
    public var roadmap: Located<String>?
    public var measure: Located<String>?
    /// The schools it concerns.
    public var schools: [Located<String>]
    public var location: SourceLocation

    public init(text: String, location: SourceLocation) {
        self.text = text
        self.responsible = ""
        self.status = .planned
        self.evidence = []
        self.schools = []
        self.location = location
    }

    /// Its state on a date: done only once its `done` date has come (a decision done after a
    /// meeting was still open at it), overdue when the deadline passed before the date.
    public func state(asOf date: LocalDate) -> EventState {
        switch status {
        case .cancelled: return .cancelled
        case .done where done.map { $0 <= date } ?? true: return .done
        case .planned, .inProgress, .done:
            if let due, due < date { return .overdue }
            return status == .planned ? .planned : .inProgress
        }
    }
}
