/// How karta understands a term of the «сроки» column. The text itself is kept as written.
public struct Schedule: Hashable, Sendable {
    public var text: String
    public var kind: ScheduleKind
    /// Dates: the intervals; deadline: one interval ending on the deadline;
    /// whole-period and recurring: the window; by-schedule and unknown: empty.
    public var intervals: [DayInterval]
    public var recurrence: Recurrence?

    public init(text: String, kind: ScheduleKind, intervals: [DayInterval] = [], recurrence: Recurrence? = nil) {
        self.text = text
        self.kind = kind
        self.intervals = intervals
        self.recurrence = recurrence
    }

    /// The day after which the measure is late, when it has dates.
    public var lastDay: LocalDate? { intervals.map(\.to).max() }
    public var firstDay: LocalDate? { intervals.map(\.from).min() }
}
