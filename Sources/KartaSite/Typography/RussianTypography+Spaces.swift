import KartaCore

extension RussianTypography {
    static let abbreviationsBeforeName: Set<String> = [
        "г.", "с.", "д.", "п.", "ул.", "пос.", "пгт", "пр.", "им.",
        "просп.", "пер.", "обл.", "р-н", "ст.", "х.", "рис.", "стр.", "тел."
    ]
    static let units: Set<String> = [
        "%", "‰", "руб.", "р.", "коп.", "чел.", "км", "м", "см", "мм", "кг", "г", "т",
        "ч.", "ч", "мин.", "мин", "с", "шт.", "ед.", "тыс.", "млн", "млрд", "°C", "°С"
    ]
    static let yearWords: Set<String> = ["г", "год", "года", "гг"]
    static let genitiveMonths = Set(RussianMonths.genitive)

    /// A plain space, or a non-breaking one: after «№» and «§»; after «г.», «ул.», «с.» and the
    /// like before a name or number; between initials and a surname (either order); between a
    /// number and «г.»/«год», a month or a unit; between a month and its year; inside «и т. д.»,
    /// «т. п.», «т. е.», «т. к.». Only short words are turned into strings.
    static func spaceKind(out: [Unicode.Scalar], input: [Unicode.Scalar], at i: Int) -> Unicode.Scalar {
        var start = out.count
        while start > 0, !isSpace(out[start - 1]) { start -= 1 }
        let left = out[start...]
        let right = word(startingAt: i + 1, in: input)
        guard let leftFirst = left.first, let rightFirst = right.first else { return " " }

        let rightCore = trimmed(right, keepingDots: true)
        if isInitials(rightCore), isUpper(leftFirst), left.dropFirst().allSatisfy(isLower) { return nbsp }
        guard left.count <= 9 else { return " " }
        // Most spaces sit between ordinary words: decide those without making strings.
        let leftIsNumber = left.allSatisfy { isDigit($0) || $0 == "–" }
        let rightStartsWithYear = right.count >= 4 && right.prefix(4).allSatisfy(isDigit)
        guard leftIsNumber || rightStartsWithYear || left.last == "." || left.count <= 3 else {
            return " "
        }
        let leftText = text(left)
        if leftText == "№" || leftText == "§" { return nbsp }
        if isUpper(rightFirst) || isDigit(rightFirst), abbreviationsBeforeName.contains(leftText) { return nbsp }
        if isInitials(left), isUpper(rightFirst) { return nbsp }
        let rightText = right.count <= 10 ? text(right) : ""
        let rightLetters = right.count <= 10 ? text(trimmed(right, keepingDots: false)) : ""
        if leftIsNumber {
            if rightText.hasPrefix("г.") || rightText.hasPrefix("гг.") || yearWords.contains(rightLetters) {
                return nbsp
            }
            if genitiveMonths.contains(rightLetters.lowercased()) { return nbsp }
            if units.contains(rightText) || units.contains(rightLetters) { return nbsp }
        }
        if rightStartsWithYear, genitiveMonths.contains(leftText.lowercased()) { return nbsp }
        if leftText == "и", rightText.hasPrefix("т.") { return nbsp }
        if leftText == "т." || leftText == "т", ["д.", "п.", "е.", "к."].contains(where: { rightText.hasPrefix($0) }) {
            return nbsp
        }
        return " "
    }

    /// «Е.А.», «А.», «Е. А.» — uppercase letters each followed by a dot.
    static func isInitials(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.count >= 2, word.count <= 6, word.count % 2 == 0 else { return false }
        var index = word.startIndex
        while index < word.endIndex {
            guard isUpper(word[index]), word[index + 1] == "." else { return false }
            index += 2
        }
        return true
    }

    /// Without trailing «,;:!?)»» (and «.» unless `keepingDots`).
    static func trimmed(_ word: ArraySlice<Unicode.Scalar>, keepingDots: Bool) -> ArraySlice<Unicode.Scalar> {
        var end = word.endIndex
        while end > word.startIndex,
            ",;:!?)»".unicodeScalars.contains(word[end - 1]) || (!keepingDots && word[end - 1] == ".")
        {
            end -= 1
        }
        return word[word.startIndex..<end]
    }
}
