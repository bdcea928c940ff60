import KartaCore

/// Maps days of a period onto the x axis of the timeline.
public struct TimelineScale: Sendable {
    public let start: LocalDate
    public let end: LocalDate
    /// Where the first day starts and the last day ends, in SVG units.
    public let left: Double
    public let right: Double

    public init(start: LocalDate, end: LocalDate, left: Double, right: Double) {
        self.start = start
        self.end = max(start, end)
        self.left = left
        self.right = right
    }

    private var days: Double { Double(end.dayNumber - start.dayNumber + 1) }

    /// The left edge of a day, clamped to the period.
    public func x(_ date: LocalDate) -> Double {
        let offset = Double(min(max(date.dayNumber, start.dayNumber), end.dayNumber + 1) - start.dayNumber)
        return left + (right - left) * offset / days
    }

    /// The span of an interval, from the start of its first day to the end of its last.
    public func span(_ interval: DayInterval) -> (x: Double, width: Double)? {
        guard interval.to >= start, interval.from <= end else { return nil }
        let x0 = x(interval.from), x1 = x(interval.to.adding(days: 1))
        return (x0, max(1.5, x1 - x0))
    }

    /// One column per calendar month the period touches.
    public struct Month: Sendable, Equatable {
        public let month: Int
        public let year: Int
        public let x: Double
        public let width: Double
    }

    public var months: [Month] {
        var result: [Month] = []
        var year = start.year, month = start.month
        while LocalDate.firstDay(month: month, year: year) <= end {
            let interval = DayInterval.month(month, year: year)
            if let (x, width) = span(interval) { result.append(Month(month: month, year: year, x: x, width: width)) }
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        return result
    }
}
