import KartaCore

extension RussianTypography {
    /// « - » between words → « — » (em dash, non-breaking space before); between month names → « – »;
    /// between numbers («2023-2024», «10 - 15») → «–» without spaces. Returns the input scalars consumed.
    static func appendDash(_ dash: Unicode.Scalar, input: [Unicode.Scalar], at i: Int, out: inout [Unicode.Scalar])
        -> Int
    {
        let spacedBefore = i > 0 && isSpace(input[i - 1])
        let spacedAfter = i + 1 < input.count && isSpace(input[i + 1])
        if spacedBefore && spacedAfter {
            let left = word(endingBefore: i - 1, in: input), right = word(startingAt: i + 2, in: input)
            if isNumber(left), isNumber(right), left.count <= 4, right.count <= 4 {
                out.removeLast()
                out.append("–")
                return 2
            }
            if isMonth(left), isMonth(right) {
                out.append("–")
                return 1
            }
            if let last = out.indices.last, out[last] == " " { out[last] = nbsp }
            out.append("—")
            return 1
        }
        if dash == "-", i > 0, i + 1 < input.count, isDigit(input[i - 1]), isDigit(input[i + 1]),
            isStandaloneNumberRange(input, dashAt: i)
        {
            out.append("–")
            return 1
        }
        out.append(dash)
        return 1
    }

    /// «2023-2024», «5-7» but not «2025-09-05» or «8-800-…».
    private static func isStandaloneNumberRange(_ input: [Unicode.Scalar], dashAt i: Int) -> Bool {
        var start = i - 1
        while start > 0, isDigit(input[start - 1]) { start -= 1 }
        var end = i + 1
        while end + 1 < input.count, isDigit(input[end + 1]) { end += 1 }
        guard i - start <= 4, end - i <= 4 else { return false }
        if start > 0, "-.,/".unicodeScalars.contains(input[start - 1]) || isLetter(input[start - 1]) { return false }
        if end + 1 < input.count, input[end + 1] == "-" || isLetter(input[end + 1]) { return false }
        if end + 2 < input.count, ".,/".unicodeScalars.contains(input[end + 1]), isDigit(input[end + 2]) {
            return false
        }
        return true
    }

    private static func isMonth(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        let letters = word.filter(isLetter)
        guard (3...9).contains(letters.count) else { return false }
        return RussianMonths.number(of: text(letters[...])) != nil
    }

    static func isNumber(_ word: ArraySlice<Unicode.Scalar>) -> Bool { !word.isEmpty && word.allSatisfy(isDigit) }

    static func word(endingBefore end: Int, in input: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var start = end
        while start > 0, !isSpace(input[start - 1]) { start -= 1 }
        return input[start..<max(start, end)]
    }

    static func word(startingAt start: Int, in input: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        guard start < input.count else { return [] }
        var end = start
        while end < input.count, !isSpace(input[end]) { end += 1 }
        return input[start..<end]
    }
}
