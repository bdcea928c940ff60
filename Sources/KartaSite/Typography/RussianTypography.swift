/// Russian typography for text (never code): «ёлочки» and „лапки“ for straight quotes,
/// dashes, and the non-breaking spaces of DOMAIN.md.
public enum RussianTypography {
    public static let nbsp: Character = "\u{00A0}"

    /// Typography for a standalone text (front matter values).
    public static func apply(_ text: String) -> String {
        var state = QuoteState()
        return apply(text, state: &state)
    }

    /// Typography for one text node, continuing the quote state of its block.
    public static func apply(_ text: String, state: inout QuoteState) -> String {
        guard needsWork(text) else {
            state.last = text.last ?? state.last
            return text
        }
        let input = Array(text)
        var out: [Character] = []
        out.reserveCapacity(input.count + 8)
        var i = 0
        while i < input.count {
            let c = input[i]
            let previous = out.last ?? state.last
            switch c {
            case "\"":
                out.append(quote(opening: isOpeningContext(previous), state: &state))
            case "«", "„":
                state.depth += 1
                out.append(c)
            case "»", "“":
                state.depth = max(0, state.depth - 1)
                out.append(c)
            case "-", "–", "—":
                i += appendDash(c, input: input, at: i, out: &out)
                continue
            case " ":
                out.append(spaceKind(out: out, input: input, at: i))
            case "№", "§":
                out.append(c)
                if i + 1 < input.count, input[i + 1].isNumber { out.append(nbsp) }
            default:
                out.append(c)
            }
            i += 1
        }
        state.last = out.last ?? state.last
        return String(out)
    }

    private static func needsWork(_ text: String) -> Bool {
        text.utf8.contains { $0 == 34 || $0 == 45 || $0 == 32 || $0 >= 0x80 }
    }

    private static func isOpeningContext(_ previous: Character?) -> Bool {
        guard let previous else { return true }
        return previous.isWhitespace || "([{«„-–—/".contains(previous)
    }

    private static func quote(opening: Bool, state: inout QuoteState) -> Character {
        if opening {
            state.depth += 1
            return state.depth == 1 ? "«" : "„"
        }
        let depth = state.depth
        state.depth = max(0, depth - 1)
        return depth >= 2 ? "“" : "»"
    }
}
