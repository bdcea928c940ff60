/// Reads dates out of tokens: points, ranges («23 марта-04 апреля»), chains («Март-май-июнь»)
/// and lists («декабрь 2023, июнь 2024»), then fills in years from the text or the period.
struct DateExpressionParser {
    let tokens: [ScheduleToken]
    let period: Period

    /// What was understood.
    struct Result {
        var intervals: [DayInterval] = []
        /// The expression began with «с» and had no end: «с сентября 2020».
        var openEnded = false
        /// Tokens that were not part of any date.
        var skipped = 0
        /// Something is written as a date that no calendar has: «32 марта», «31 апреля»,
        /// «29 февраля 2023», «Сентябрь 99999 г.», a range that ends before it starts. The term is
        /// then not understood at all, rather than read as something the text does not say.
        var impossible = false
    }

    private var academic: Bool {
        if case .academicYear = period { return true }
        return false
    }

    private static let connectors: Set<String> = ["по"]
    private static let openers: Set<String> = ["с", "со"]

    func parse() -> Result {
        var result = Result()
        var chains: [[DatePoint]] = []
        var startedWithFrom = false
        var i = 0
        while i < tokens.count {
            if let word = tokens[i].word, Self.openers.contains(word), chains.isEmpty { startedWithFrom = true }
            guard let (first, next) = point(at: i) else {
                if case .word = tokens[i] { result.skipped += 1 }
                if case .number = tokens[i] { result.skipped += 1 }
                i += 1
                continue
            }
            var chain = [first]
            i = next
            while i < tokens.count, isConnector(tokens[i]) {
                var j = i + 1
                if j < tokens.count, let word = tokens[j].word, Self.openers.contains(word) { j += 1 }
                guard let (following, after) = point(at: j) else { i = j; break }
                chain.append(following)
                i = after
            }
            if let chain = inheritMonths(chain) { chains.append(chain) } else { result.skipped += 1 }
        }
        chains = fillYears(chains)
        for chain in chains {
            guard let intervals = intervals(of: chain) else {
                result.impossible = true
                continue
            }
            result.intervals.append(contentsOf: intervals)
        }
        result.impossible = result.impossible || hasImpossiblePoint()
        result.openEnded = startedWithFrom && chains.count == 1 && chains[0].count == 1
        return result
    }

    private func isConnector(_ token: ScheduleToken) -> Bool {
        if token == .dash { return true }
        if let word = token.word { return Self.connectors.contains(word) }
        return false
    }

    // MARK: Points

    private func word(at index: Int) -> String? {
        index < tokens.count ? tokens[index].word : nil
    }

    /// A year after a point: «2020», «2020г.», «2020 года».
    private func year(at index: Int) -> (Int, Int)? {
        guard index < tokens.count, case .number(let value, let digits) = tokens[index],
            RussianLexicon.isYear(value, digits: digits)
        else { return nil }
        var next = index + 1
        while let word = word(at: next), RussianLexicon.isYearWord(word) { next += 1 }
        return (value, next)
    }

    private func withYear(_ point: DatePoint, after index: Int) -> (DatePoint, Int) {
        var next = index
        while let word = word(at: next), RussianLexicon.isYearWord(word) { next += 1 }
        guard let (value, after) = year(at: next) else { return (point, next) }
        var dated = point
        dated.year = value
        dated.hasWrittenYear = true
        return (dated, after)
    }

    private func period(unit word: String?, number: Int) -> DatePoint.Span? {
        guard let word else { return nil }
        if word.hasPrefix("квартал"), (1...4).contains(number) { return .quarter(number) }
        if word.hasPrefix("полугоди"), (1...2).contains(number) { return .half(number) }
        if word.hasPrefix("четверт"), RussianLexicon.ordinal(word) == nil, (1...4).contains(number) {
            return .term(number)
        }
        return nil
    }

    func point(at index: Int) -> (DatePoint, Int)? {
        guard index < tokens.count else { return nil }
        switch tokens[index] {
        case .date(let day, let month, let year):
            var point = DatePoint(.day(day), month: month, year: year)
            point.hasWrittenYear = year != nil
            return withYear(point, after: index + 1)
        case .number(let value, let digits):
            if RussianLexicon.isYear(value, digits: digits) {
                if index + 2 < tokens.count, tokens[index + 1] == .dash, case .number(let end, _) = tokens[index + 2],
                    end == value + 1 || end == (value + 1) % 100, word(at: index + 3)?.hasPrefix("учебн") == true
                {
                    var next = index + 4
                    while let word = word(at: next), RussianLexicon.isYearWord(word) { next += 1 }
                    return (DatePoint(.academicYear, year: value), next)
                }
                return withYear(DatePoint(.wholeYear, year: value), after: index)
            }
            if let span = period(unit: word(at: index + 1), number: value) {
                return withYear(DatePoint(span), after: index + 2)
            }
            if (1...31).contains(value), let month = word(at: index + 1).flatMap(RussianLexicon.month) {
                return withYear(DatePoint(.day(value), month: month), after: index + 2)
            }
            if (1...31).contains(value), index + 1 < tokens.count, isConnector(tokens[index + 1]) {
                return (DatePoint(.day(value)), index + 1)
            }
            return nil
        case .word(let word):
            if let month = RussianLexicon.month(word) {
                return withYear(DatePoint(.month, month: month), after: index + 1)
            }
            if let number = RussianLexicon.roman(word) ?? RussianLexicon.ordinal(word),
                let span = period(unit: self.word(at: index + 1), number: number)
            {
                return withYear(DatePoint(span), after: index + 2)
            }
            if let part = Self.monthPart(word), let month = self.word(at: index + 1).flatMap(RussianLexicon.month) {
                return withYear(DatePoint(.monthPart(part), month: month), after: index + 2)
            }
            return nil
        default:
            return nil
        }
    }

    private static func monthPart(_ word: String) -> Int? {
        if word.hasPrefix("начал") { return 1 }
        if word.hasPrefix("середин") { return 2 }
        if word.hasPrefix("конц") || word == "конец" { return 3 }
        return nil
    }

    // MARK: Months and years

    /// «03-15 февраля»: a bare day takes its month (and year) from the next point that has one.
    private func inheritMonths(_ chain: [DatePoint]) -> [DatePoint]? {
        var chain = chain
        for k in chain.indices.reversed() where chain[k].month == nil {
            guard case .day = chain[k].span else { continue }
            // A day whose next point has no month either: the days up to it are dropped; when it is the
            // last point, nothing of the chain is a date («1-2-3»).
            guard k + 1 < chain.count, let month = chain[k + 1].month else {
                return k + 1 < chain.count ? Array(chain[(k + 1)...]) : nil
            }
            chain[k].month = month
            if chain[k].year == nil { chain[k].year = chain[k + 1].year }
        }
        return chain
    }

    private func fillYears(_ chains: [[DatePoint]]) -> [[DatePoint]] {
        var chains = chains.map(fillWithinChain)
        for c in chains.indices where chains[c].first?.year == nil {
            let anchor = chains[c][0].anchorMonth(academic: academic)
            if let later = chains[(c + 1)...].first(where: { $0.first?.year != nil }), let next = later.first {
                let nextAnchor = next.anchorMonth(academic: academic)
                chains[c][0].year = next.year! - (anchor > nextAnchor ? 1 : 0)
            } else if let earlier = chains[..<c].last(where: { $0.last?.year != nil }), let previous = earlier.last {
                let previousAnchor = previous.anchorMonth(academic: academic)
                chains[c][0].year = previous.year! + (anchor < previousAnchor ? 1 : 0)
            } else {
                chains[c][0].year = period.year(forMonth: anchor)
            }
            chains[c] = fillWithinChain(chains[c])
        }
        return chains
    }

    /// Right to left from a written year, then left to right; a month earlier than its
    /// neighbour on the left belongs to the next year.
    private func fillWithinChain(_ chain: [DatePoint]) -> [DatePoint] {
        var chain = chain
        guard chain.count > 1 else { return chain }
        for k in stride(from: chain.count - 2, through: 0, by: -1) where chain[k].year == nil {
            guard let right = chain[k + 1].year else { continue }
            let later = chain[k].anchorMonth(academic: academic) > chain[k + 1].anchorMonth(academic: academic)
            chain[k].year = right - (later ? 1 : 0)
        }
        for k in 1..<chain.count where chain[k].year == nil {
            guard let left = chain[k - 1].year else { continue }
            let earlier = chain[k].anchorMonth(academic: academic) < chain[k - 1].anchorMonth(academic: academic)
            chain[k].year = left + (earlier ? 1 : 0)
        }
        return chain
    }

    /// One point: its days; two: a range; three or more months: a list («Март-май-июнь»). Nil for
    /// a day its month does not have, or a range that ends before it starts.
    private func intervals(of chain: [DatePoint]) -> [DayInterval]? {
        for point in chain {
            if case .day(let day) = point.span, let month = point.month, let year = point.year,
                day > LocalDate.daysIn(month: month, year: year)
            {
                return nil
            }
        }
        let spans = chain.compactMap { $0.interval(academic: academic) }
        guard spans.count == chain.count, let first = spans.first, let last = spans.last else { return spans }
        if chain.count >= 3, chain.allSatisfy({ $0.span == .month }) { return spans }
        guard first.from <= last.to else { return nil }
        return chain.count == 1 ? [first] : [DayInterval(from: first.from, to: last.to)]
    }

    /// A day number before a month name that no such month has («32 марта», «0 мая»), a number
    /// before «г.» that is no year («99999 г.»), or a date that no calendar has («32.13.2024»).
    private func hasImpossiblePoint() -> Bool {
        for index in tokens.indices {
            switch tokens[index] {
            case .impossibleDate:
                return true
            case .number(let value, let digits):
                guard let next = word(at: index + 1) else { continue }
                if let month = RussianLexicon.month(next),
                    !(1...LocalDate.daysIn(month: month, year: 2024)).contains(value),
                    digits <= 2
                {
                    return true
                }
                if RussianLexicon.isYearWord(next), !RussianLexicon.isYear(value, digits: digits) { return true }
            default:
                continue
            }
        }
        return false
    }
}
