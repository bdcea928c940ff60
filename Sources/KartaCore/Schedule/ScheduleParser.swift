/// Understands a term of the «сроки» column relative to a roadmap's period.
public enum ScheduleParser {
    /// Never fails: what cannot be understood is `.unknown`. A year written in the text wins
    /// over the period.
    public static func parse(_ text: String, period: Period) -> Schedule {
        cache.value(for: CacheKey(text: TextKey(text), period: period)) { uncachedParse(text, period: period) }
    }

    /// The same «в течение года» appears in many measures and roadmaps.
    private static let cache = BoundedCache<CacheKey, Schedule>(capacity: 200_000)

    private struct CacheKey: Hashable, Sendable {
        let text: TextKey
        let period: Period
    }

    static func uncachedParse(_ text: String, period: Period) -> Schedule {
        let tokens = ScheduleTokenizer.tokens(text)
        let words = tokens.compactMap(\.word)
        let whole = DayInterval(from: period.start, to: period.end)
        func schedule(_ kind: ScheduleKind, _ intervals: [DayInterval] = [], _ recurrence: Recurrence? = nil)
            -> Schedule
        {
            Schedule(text: text, kind: kind, intervals: intervals, recurrence: recurrence)
        }
        guard tokens.contains(where: { $0 != .dash && $0 != .separator }) else { return schedule(.unknown) }

        if isBySchedule(words) { return schedule(.bySchedule) }
        let dates = DateExpressionParser(tokens: tokens, period: period).parse()
        if dates.impossible { return schedule(.unknown) }
        let window = hull(dates, period: period)

        if let recurrence = RecurrenceParser.recurrence(in: tokens) {
            return schedule(.recurring, [window ?? whole], recurrence)
        }
        if let deadline = deadline(tokens, period: period) {
            return schedule(.deadline, [deadline])
        }
        if isWholePeriod(words) {
            return schedule(.wholePeriod, [window ?? whole])
        }
        if dates.intervals.count == 1, dates.intervals[0] == whole, words.contains(where: { $0.hasPrefix("учебн") }) {
            return schedule(.wholePeriod, [whole])
        }
        if !dates.intervals.isEmpty {
            if dates.openEnded, let window { return schedule(.wholePeriod, [window]) }
            return schedule(.dates, Array(Set(dates.intervals)).sorted())
        }
        return schedule(.unknown)
    }

    private static func hull(_ dates: DateExpressionParser.Result, period: Period) -> DayInterval? {
        guard var window = dates.intervals.first else { return nil }
        for interval in dates.intervals.dropFirst() { window = window.hull(interval) }
        if dates.openEnded, window.to < period.end { window = DayInterval(from: window.from, to: period.end) }
        return window
    }

    private static func isBySchedule(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where word.hasPrefix("график") || word.hasPrefix("план") {
            if index > 0,
                ["по", "согласно", "отдельному", "отдельным", "с", "соответствии"].contains(words[index - 1])
                    || words[..<index].contains("по") || words[..<index].contains("согласно")
            {
                return true
            }
        }
        return false
    }

    private static func isWholePeriod(_ words: [String]) -> Bool {
        words.contains { $0.hasPrefix("течени") || $0.hasPrefix("постоянн") || $0.hasPrefix("круглогодичн") }
            || (words.contains("весь") || words.contains("всего")) && words.contains { $0.hasPrefix("период") }
    }

    /// «до 30 ноября 2020 г.», «не позднее 15.10.2023», «к 1 сентября».
    private static func deadline(_ tokens: [ScheduleToken], period: Period) -> DayInterval? {
        var index = 0
        while index < tokens.count, tokens[index].word == "в" || tokens[index].word == "срок" { index += 1 }
        guard index < tokens.count, let word = tokens[index].word else { return nil }
        var start = index + 1
        if word == "не", start < tokens.count, ["позднее", "позже"].contains(tokens[start].word ?? "") {
            start += 1
        } else if word != "до" && word != "к" {
            return nil
        }
        let parser = DateExpressionParser(tokens: Array(tokens[start...]), period: period)
        guard let (point, _) = parser.point(at: 0) else { return nil }
        let result = parser.parse()
        guard let target = result.intervals.first else { return nil }
        let end = point.span == .month && word == "до" ? target.from.adding(days: -1) : target.to
        return DayInterval(from: min(period.start, end), to: end)
    }
}
