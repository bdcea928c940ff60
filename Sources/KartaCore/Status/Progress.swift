/// Counts of measures by state; progress = done ÷ (all − cancelled).
public struct Progress: Sendable, Hashable {
    public private(set) var counts: [EventState: Int] = [:]

    public init() {}

    public init(_ states: some Sequence<EventState>) {
        for state in states { add(state) }
    }

    public mutating func add(_ state: EventState) {
        counts[state, default: 0] += 1
    }

    public mutating func add(_ other: Progress) {
        for (state, count) in other.counts { counts[state, default: 0] += count }
    }

    public func count(_ state: EventState) -> Int { counts[state] ?? 0 }

    public var total: Int { counts.values.reduce(0, +) }

    /// Measures that count towards progress: all but the cancelled ones.
    public var relevant: Int { total - count(.cancelled) }

    /// Whole percent, rounded half up; 0 when nothing counts.
    public var percent: Int {
        relevant == 0 ? 0 : (count(.done) * 200 + relevant) / (relevant * 2)
    }
}
