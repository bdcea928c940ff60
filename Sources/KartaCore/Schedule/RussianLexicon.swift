/// Recognises the words of terms: months in any case, weekdays, years, Roman numerals.
enum RussianLexicon {
    private static let monthStems = [
        "январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август",
        "сентябр", "октябр", "ноябр", "декабр"
    ]
    private static let mayForms: Set<String> = ["май", "мая", "мае", "маю", "маем"]

    /// 1…12 for a month word in any case («марта», «мае») or a common abbreviation («сент»).
    static func month(_ word: String) -> Int? {
        if mayForms.contains(word) { return 5 }
        for (index, stem) in monthStems.enumerated() where index != 4 {
            if word.hasPrefix(stem) { return index + 1 }
            if word.count >= 3, stem.hasPrefix(word) { return index + 1 }
        }
        return nil
    }

    private static let weekdayStems = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"]

    /// 1 = Monday … 7 = Sunday.
    static func weekday(_ word: String) -> Int? {
        for (index, stem) in weekdayStems.enumerated() where word.hasPrefix(stem) { return index + 1 }
        return nil
    }

    /// «г», «года», «гг», «году», «годы», «год».
    static func isYearWord(_ word: String) -> Bool {
        ["г", "гг", "год", "года", "году", "годы", "годов", "годах"].contains(word)
    }

    /// Roman numerals I–IV written with latin letters (or Cyrillic «І»).
    static func roman(_ word: String) -> Int? {
        switch word {
        case "i", "і": 1
        case "ii", "іі": 2
        case "iii", "ііі": 3
        case "iv", "іv": 4
        default: nil
        }
    }

    /// «первое», «второй», «третья», «четвертый».
    static func ordinal(_ word: String) -> Int? {
        let stems = ["перв", "втор", "трет", "четверт"]
        let endings = ["ый", "ой", "ий", "ое", "ее", "ая", "ья", "ье", "ого", "его", "ом", "ем", "ую", "ей"]
        guard endings.contains(where: { word.hasSuffix($0) }) else { return nil }
        for (index, stem) in stems.enumerated() where word.hasPrefix(stem) { return index + 1 }
        return nil
    }

    static func isYear(_ value: Int, digits: Int) -> Bool {
        digits == 4 && Limits.years.contains(value)
    }
}
