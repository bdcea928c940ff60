/// Splits a term into tokens, robust to how people type: missing spaces, any dash, stray marks.
enum ScheduleTokenizer {
    static func tokens(_ text: String) -> [ScheduleToken] {
        let scalars = Array(normalize(text).unicodeScalars)
        var tokens: [ScheduleToken] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.numericType != nil, let digit = Int(String(c)), digit >= 0 {
                let (token, next) = readNumber(scalars, from: i)
                tokens.append(token)
                i = next
            } else if c.properties.isAlphabetic {
                var j = i
                while j < scalars.count, scalars[j].properties.isAlphabetic { j += 1 }
                let word = String(String.UnicodeScalarView(scalars[i..<j]))
                tokens.append(word == "и" ? .separator : .word(word))
                i = j
            } else {
                switch c {
                case "-": tokens.append(.dash)
                case ",", ";": tokens.append(.separator)
                case ":": tokens.append(.colon)
                case "(": tokens.append(.open)
                case ")": tokens.append(.close)
                default: break
                }
                i += 1
            }
        }
        return tokens
    }

    /// Lowercase, «ё» → «е», every dash → «-», HTML tags → spaces.
    static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var inTag = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "<": inTag = true; out.append(" ")
            case ">": inTag = false; out.append(" ")
            case _ where inTag: continue
            case "ё": out.append("е")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": out.append("-")
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    private static func readDigits(_ s: [Unicode.Scalar], from start: Int) -> (Int, Int, Int)? {
        var j = start
        var value = 0
        while j < s.count, let d = Int(String(s[j])), ("0"..."9").contains(s[j]) {
            value = value * 10 + d
            j += 1
            if j - start > 6 { break }
        }
        return j > start ? (value, j - start, j) : nil
    }

    private static func readNumber(_ s: [Unicode.Scalar], from start: Int) -> (ScheduleToken, Int) {
        guard let (first, firstDigits, afterFirst) = readDigits(s, from: start) else { return (.separator, start + 1) }
        // «10.06.2021», «10.06.21», «01.09»
        if firstDigits <= 2, afterFirst + 1 < s.count, s[afterFirst] == ".",
            let (second, secondDigits, afterSecond) = readDigits(s, from: afterFirst + 1), secondDigits <= 2,
            (1...12).contains(second), (1...31).contains(first)
        {
            if afterSecond + 1 < s.count, s[afterSecond] == ".",
                let (third, thirdDigits, afterThird) = readDigits(s, from: afterSecond + 1),
                thirdDigits == 4 || thirdDigits == 2
            {
                let year = thirdDigits == 2 ? 2000 + third : third
                return (.date(day: first, month: second, year: year), afterThird)
            }
            return (.date(day: first, month: second, year: nil), afterSecond)
        }
        // «32.13.2024»: the shape of a date with a day or month that no calendar has.
        if firstDigits <= 2, afterFirst + 1 < s.count, s[afterFirst] == ".",
            let (_, secondDigits, afterSecond) = readDigits(s, from: afterFirst + 1), secondDigits <= 2
        {
            var end = afterSecond
            if afterSecond + 1 < s.count, s[afterSecond] == ".",
                let (_, _, afterThird) = readDigits(s, from: afterSecond + 1)
            {
                end = afterThird
            }
            return (.impossibleDate, end)
        }
        return (.number(first, digits: firstDigits), afterFirst)
    }
}
