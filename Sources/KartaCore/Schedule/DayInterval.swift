/// A closed interval of days, `from` ≤ `to`.
public struct DayInterval: Hashable, Comparable, Sendable {
    public let from: LocalDate
    public let to: LocalDate

    /// Orders the ends when given backwards.
    public init(from: LocalDate, to: LocalDate) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    public static func month(_ month: Int, year: Int) -> DayInterval {
        DayInterval(from: .firstDay(month: month, year: year), to: .lastDay(month: month, year: year))
    }

    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// The smallest interval covering both.
    public func hull(_ other: DayInterval) -> DayInterval {
        DayInterval(from: min(from, other.from), to: max(to, other.to))
    }

    public static func < (a: DayInterval, b: DayInterval) -> Bool {
        (a.from, a.to) < (b.from, b.to)
    }
}
