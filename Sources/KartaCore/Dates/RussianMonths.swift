/// Russian month names in the forms used in documents.
public enum RussianMonths {
    /// Nominative: «январь».
    public static let nominative = [
        "январь", "февраль", "март", "апрель", "май", "июнь",
        "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"
    ]
    /// Genitive, as in a date: «5 июня».
    public static let genitive = [
        "января", "февраля", "марта", "апреля", "мая", "июня",
        "июля", "августа", "сентября", "октября", "ноября", "декабря"
    ]
}

extension RussianMonths {
    /// 1…12 for a month name in any case or a common abbreviation, ignoring letter case.
    public static func number(of word: String) -> Int? {
        var lower = word.lowercased()
        // «ё» is D1 91 in UTF-8: a cheap test before the slow replacement.
        if lower.utf8.contains(0x91) { lower = lower.replacingOccurrences(of: "ё", with: "е") }
        guard lower.count >= 3 || lower == "май" else { return nil }
        return RussianLexicon.month(lower)
    }
}
