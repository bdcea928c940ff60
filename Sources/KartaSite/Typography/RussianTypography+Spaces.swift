import KartaCore

extension RussianTypography {
    static let abbreviationsBeforeName: Set<String> = ["г.", "с.", "д.", "п.", "ул.", "пос.", "пгт", "пр.", "им.",
                                                       "просп.", "пер.", "обл.", "р-н", "ст.", "х.", "рис.", "стр.", "тел."]
    static let units: Set<String> = ["%", "‰", "руб.", "р.", "коп.", "чел.", "км", "м", "см", "мм", "кг", "г", "т",
                                     "ч.", "ч", "мин.", "мин", "с", "шт.", "ед.", "тыс.", "млн", "млрд", "°C", "°С"]

    /// A plain space, or a non-breaking one where DOMAIN.md asks for it.
    static func spaceKind(out: [Character], input: [Character], at i: Int) -> Character {
        let left = lastWord(of: out)
        let right = word(startingAt: i + 1, in: input)
        guard !left.isEmpty, !right.isEmpty else { return " " }
        let rightLetters = right.trimmingTrailingPunctuation()
        if left == "№" || left == "§" { return nbsp }
        if let first = right.first, first.isUppercase || first.isNumber, abbreviationsBeforeName.contains(left) {
            return nbsp
        }
        if isInitials(left), right.first?.isUppercase == true { return nbsp }
        if isInitials(right.trimmingTrailingPunctuation(keepingDots: true)), left.first?.isUppercase == true,
           left.dropFirst().allSatisfy({ $0.isLowercase }) { return nbsp }
        if left.allSatisfy({ $0.isNumber || $0 == "–" }) {
            if right.hasPrefix("г.") || right.hasPrefix("гг.") || right == "г" || rightLetters == "год" || rightLetters == "года" { return nbsp }
            if RussianMonths.genitive.contains(rightLetters.lowercased()) { return nbsp }
            if units.contains(right) || units.contains(rightLetters) { return nbsp }
        }
        if RussianMonths.genitive.contains(left.lowercased()), right.prefix(4).allSatisfy(\.isNumber), right.count >= 4 {
            return nbsp
        }
        if left == "и", right.hasPrefix("т.") { return nbsp }
        if left == "т." || left == "т", ["д.", "п.", "е.", "к."].contains(where: { right.hasPrefix($0) }) { return nbsp }
        return " "
    }

    /// «Е.А.», «А.», «Е. А.» — uppercase letters each followed by a dot.
    static func isInitials(_ word: String) -> Bool {
        let characters = Array(word)
        guard characters.count >= 2, characters.count % 2 == 0 else { return false }
        return stride(from: 0, to: characters.count, by: 2).allSatisfy {
            characters[$0].isUppercase && characters[$0 + 1] == "."
        }
    }

    private static func lastWord(of out: [Character]) -> String {
        var start = out.count
        while start > 0, !isSpace(out[start - 1]) { start -= 1 }
        return String(out[start...])
    }
}

extension String {
    func trimmingTrailingPunctuation(keepingDots: Bool = false) -> String {
        var result = self
        while let last = result.last, ",;:!?)»".contains(last) || (!keepingDots && last == ".") { result.removeLast() }
        return result
    }
}
