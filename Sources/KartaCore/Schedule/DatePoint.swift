/// One point of a date expression before its year is known: «15 марта», «май», «I квартал».
struct DatePoint: Equatable, Sendable {
    enum Span: Equatable, Sendable {
        /// A day; its month may come from the right side of a range («03-15 февраля»).
        case day(Int)
        case month
        /// «начало», «середина», «конец» of a month: days 1–10, 11–20, 21–end.
        case monthPart(Int)
        case quarter(Int)
        case half(Int)
        /// A school term (четверть): 1 Sep–Oct, 2 Nov–Dec, 3 Jan–Mar, 4 Apr–May.
        case term(Int)
        case wholeYear
        /// September of `year` to August of the next.
        case academicYear
    }

    var span: Span
    var month: Int?
    var year: Int?
    /// The year was written in the text, not inferred.
    var hasWrittenYear = false

    init(_ span: Span, month: Int? = nil, year: Int? = nil) {
        self.span = span
        self.month = month
        self.year = year
        self.hasWrittenYear = year != nil
    }

    /// The month whose year decides this point's year.
    func anchorMonth(academic: Bool) -> Int {
        switch span {
        case .day, .month, .monthPart: month ?? 1
        case .quarter(let q): q * 3 - 2
        case .half(let h): academic && !hasWrittenYear ? (h == 1 ? 9 : 1) : (h == 1 ? 1 : 7)
        case .term(let t): [9, 11, 1, 4][max(0, min(3, t - 1))]
        case .wholeYear: 1
        case .academicYear: 9
        }
    }

    /// The days this point covers, once `year` is set.
    func interval(academic: Bool) -> DayInterval? {
        guard let year else { return nil }
        switch span {
        case .day(let day):
            guard let month else { return nil }
            let date = LocalDate(year: year, month: month, day: min(day, LocalDate.daysIn(month: month, year: year)))!
            return DayInterval(from: date, to: date)
        case .month:
            guard let month else { return nil }
            return .month(month, year: year)
        case .monthPart(let part):
            guard let month else { return nil }
            let last = LocalDate.daysIn(month: month, year: year)
            let (from, to) = [(1, 10), (11, 20), (21, last)][max(0, min(2, part - 1))]
            return DayInterval(
                from: LocalDate(year: year, month: month, day: from)!,
                to: LocalDate(year: year, month: month, day: to)!)
        case .quarter(let q):
            return months(q * 3 - 2, q * 3, year: year)
        case .half(let h):
            if academic && !hasWrittenYear { return h == 1 ? months(9, 12, year: year) : months(1, 5, year: year) }
            return h == 1 ? months(1, 6, year: year) : months(7, 12, year: year)
        case .term(let t):
            let ranges = [(9, 10), (11, 12), (1, 3), (4, 5)]
            let (first, last) = ranges[max(0, min(3, t - 1))]
            return months(first, last, year: year)
        case .wholeYear:
            return months(1, 12, year: year)
        case .academicYear:
            return DayInterval(from: .firstDay(month: 9, year: year), to: .lastDay(month: 8, year: year + 1))
        }
    }

    private func months(_ first: Int, _ last: Int, year: Int) -> DayInterval {
        DayInterval(from: .firstDay(month: first, year: year), to: .lastDay(month: last, year: year))
    }
}
