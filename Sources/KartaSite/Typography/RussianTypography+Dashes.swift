import KartaCore

extension RussianTypography {
    /// « - » between words → « — » (em dash, non-breaking space before); between month names → « – »;
    /// between numbers («2023-2024», «10 - 15») → «–» without spaces.
    /// Returns how many input characters were consumed.
    static func appendDash(_ dash: Character, input: [Character], at i: Int, out: inout [Character]) -> Int {
        let spacedBefore = i > 0 && isSpace(input[i - 1])
        let spacedAfter = i + 1 < input.count && isSpace(input[i + 1])
        if spacedBefore && spacedAfter {
            let left = word(endingBefore: i - 1, in: input), right = word(startingAt: i + 2, in: input)
            if isNumber(left), isNumber(right), left.count <= 4, right.count <= 4 {
                out.removeLast()
                out.append("–")
                return 2
            }
            if RussianMonths.number(of: trimmed(left)) != nil, RussianMonths.number(of: trimmed(right)) != nil {
                out.append("–")
                return 1
            }
            if let last = out.indices.last, out[last] == " " { out[last] = nbsp }
            out.append("—")
            return 1
        }
        if dash == "-", i > 0, i + 1 < input.count, input[i - 1].isNumber, input[i + 1].isNumber,
           isStandaloneNumberRange(input, dashAt: i) {
            out.append("–")
            return 1
        }
        out.append(dash)
        return 1
    }

    private static func trimmed(_ word: String) -> String {
        String(word.filter { $0.isLetter })
    }

    /// «2023-2024», «5-7» but not «2025-09-05» or «8-800-…».
    private static func isStandaloneNumberRange(_ input: [Character], dashAt i: Int) -> Bool {
        var start = i - 1
        while start > 0, input[start - 1].isNumber { start -= 1 }
        var end = i + 1
        while end + 1 < input.count, input[end + 1].isNumber { end += 1 }
        guard i - start <= 4, end - i <= 4 else { return false }
        if start > 0, "-.,/".contains(input[start - 1]) || input[start - 1].isLetter { return false }
        if end + 1 < input.count, input[end + 1] == "-" || input[end + 1].isLetter { return false }
        if end + 2 < input.count, ".,/".contains(input[end + 1]), input[end + 2].isNumber { return false }
        return true
    }

    static func isSpace(_ c: Character) -> Bool { c == " " || c == nbsp }

    static func isNumber(_ word: String) -> Bool { !word.isEmpty && word.allSatisfy(\.isNumber) }

    static func word(endingBefore end: Int, in input: [Character]) -> String {
        var start = end
        while start > 0, !isSpace(input[start - 1]) { start -= 1 }
        return start < end ? String(input[start..<end]) : ""
    }

    static func word(startingAt start: Int, in input: [Character]) -> String {
        guard start < input.count else { return "" }
        var end = start
        while end < input.count, !isSpace(input[end]) { end += 1 }
        return String(input[start..<end])
    }
}
