/// Russian month names in the forms used in documents.
public enum RussianMonths {
    /// Nominative: «январь».
    public static let nominative = ["январь", "февраль", "март", "апрель", "май", "июнь",
                                    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
    /// Genitive, as in a date: «5 июня».
    public static let genitive = ["января", "февраля", "марта", "апреля", "мая", "июня",
                                  "июля", "августа", "сентября", "октября", "ноября", "декабря"]
}

extension LocalDate {
    /// «29 сентября 2023 г.» with non-breaking spaces, as in a document.
    public var russianVerbal: String {
        "\(day)\u{00A0}\(RussianMonths.genitive[month - 1])\u{00A0}\(year)\u{00A0}г."
    }
}

extension RussianMonths {
    /// 1…12 for a month name in any case or a common abbreviation, ignoring letter case.
    public static func number(of word: String) -> Int? {
        let lower = word.lowercased().replacingOccurrences(of: "ё", with: "е")
        guard lower.count >= 3 || lower == "май" else { return nil }
        return RussianLexicon.month(lower)
    }
}
