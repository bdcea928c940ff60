/// Finds a recurrence in a term: «ежеквартально», «2 раза в месяц», «Не реже 1 раза в 3-4 недели»,
/// «Каждую неделю: среда, четверг», «по средам», «по мере необходимости».
enum RecurrenceParser {
    static func recurrence(in tokens: [ScheduleToken]) -> Recurrence? {
        let words = tokens.compactMap(\.word)
        var found = adverb(words) ?? perUnit(tokens) ?? every(words) ?? asNeeded(words)
        let weekdays = weekdays(in: tokens)
        if found == nil, !weekdays.isEmpty, words.contains("по") || words.contains(where: { $0.hasPrefix("кажд") }) {
            found = Recurrence(frequency: .weekly)
        }
        guard var recurrence = found else { return nil }
        recurrence.weekdays = weekdays
        return recurrence
    }

    private static func adverb(_ words: [String]) -> Recurrence? {
        let adverbs: [(String, Recurrence.Frequency)] = [
            ("ежедневн", .daily), ("еженедельн", .weekly), ("ежемесячн", .monthly),
            ("ежеквартальн", .quarterly), ("ежегодн", .yearly), ("раз в полугоди", .halfYear)
        ]
        for word in words {
            for (stem, frequency) in adverbs where word.hasPrefix(stem) { return Recurrence(frequency: frequency) }
        }
        return nil
    }

    static func unit(_ word: String) -> Recurrence.Frequency? {
        if word.hasPrefix("недел") { return .weekly }
        if word.hasPrefix("месяц") { return .monthly }
        if word.hasPrefix("квартал") { return .quarterly }
        if word.hasPrefix("четверт"), RussianLexicon.ordinal(word) == nil { return .term }
        if word.hasPrefix("полугоди") { return .halfYear }
        if word == "год" || word == "года" || word == "году" { return .yearly }
        if word == "день" || word == "дня" || word == "сутки" { return .daily }
        return nil
    }

    private static let numberWords = [
        "один": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6
    ]

    private static func count(_ token: ScheduleToken) -> Int? {
        if let value = token.number, (1...52).contains(value) { return value }
        return token.word.flatMap { numberWords[$0] }
    }

    /// «[не реже] N раз(а) в [M[-K]] единицу», «дважды в год».
    private static func perUnit(_ tokens: [ScheduleToken]) -> Recurrence? {
        for (index, token) in tokens.enumerated() {
            guard let word = token.word else { continue }
            var times: Int
            switch word {
            case "раз", "раза":
                // «0 раз в месяц», «100 раз в неделю»: a count no schedule has is not a recurrence.
                if index > 0, tokens[index - 1].number != nil, count(tokens[index - 1]) == nil { return nil }
                times = index > 0 ? count(tokens[index - 1]) ?? 1 : 1
            case "дважды": times = 2
            case "трижды": times = 3
            default: continue
            }
            var j = index + 1
            guard j < tokens.count, tokens[j].word == "в" || tokens[j].word == "во" else { continue }
            j += 1
            var every: (Int, Int)?
            if j < tokens.count, let first = count(tokens[j]) {
                every = (first, first)
                j += 1
                if j + 1 < tokens.count, tokens[j] == .dash, let second = count(tokens[j + 1]) {
                    every = (first, second)
                    j += 2
                }
            }
            guard j < tokens.count, let unitWord = tokens[j].word, let frequency = unit(unitWord) else { continue }
            if let (low, high) = every, high > 1 || low > 1 {
                let weeks = frequency == .monthly ? 4 : 1
                times = max(times, 1)
                return Recurrence(frequency: .everyWeeks, times: times, everyMin: low * weeks, everyMax: high * weeks)
            }
            return Recurrence(frequency: frequency, times: times)
        }
        return nil
    }

    /// «каждую неделю», «каждый месяц», «каждую четверть».
    private static func every(_ words: [String]) -> Recurrence? {
        for (index, word) in words.enumerated() where word.hasPrefix("кажд") && index + 1 < words.count {
            if let frequency = unit(words[index + 1]) { return Recurrence(frequency: frequency) }
        }
        return nil
    }

    private static func asNeeded(_ words: [String]) -> Recurrence? {
        let text = words.joined(separator: " ")
        for phrase in ["по мере необходимости", "по необходимости", "по запросу", "по мере поступления"]
        where text.contains(phrase) {
            return Recurrence(frequency: .asNeeded)
        }
        return nil
    }

    private static func weekdays(in tokens: [ScheduleToken]) -> [Int] {
        var days: [Int] = []
        for word in tokens.compactMap(\.word) {
            if let day = RussianLexicon.weekday(word), !days.contains(day) { days.append(day) }
        }
        return days
    }
}
