/// Russian typography for text (never code): «ёлочки» and „лапки“ for straight quotes,
/// dashes, and non-breaking spaces where a Russian typesetter puts them (see `spaceKind`). Works on Unicode scalars: every character
/// it looks at is a single scalar, and this is several times faster than `Character`.
public enum RussianTypography {
    public static let nbsp: Unicode.Scalar = "\u{00A0}"

    /// Typography for a standalone text (front matter values).
    public static func apply(_ text: String) -> String {
        var state = QuoteState()
        return apply(text, state: &state)
    }

    /// Typography for one text node, continuing the quote state of its block.
    public static func apply(_ text: String, state: inout QuoteState) -> String {
        guard needsWork(text) else {
            state.last = text.unicodeScalars.last ?? state.last
            return text
        }
        let input = Array(text.unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(input.count + 8)
        var i = 0
        while i < input.count {
            let c = input[i]
            switch c {
            case "\"":
                out.append(quote(opening: isOpeningContext(out.last ?? state.last), state: &state))
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
                if i + 1 < input.count, isDigit(input[i + 1]) { out.append(nbsp) }
            default:
                out.append(c)
            }
            i += 1
        }
        state.last = out.last ?? state.last
        return Self.text(out[...])
    }

    private static func needsWork(_ text: String) -> Bool {
        text.containsByte { $0 == 34 || $0 == 45 || $0 == 32 || $0 >= 0xC2 }
    }

    private static func isOpeningContext(_ previous: Unicode.Scalar?) -> Bool {
        guard let previous else { return true }
        return isSpace(previous) || previous.properties.isWhitespace || "([{«„-–—/".unicodeScalars.contains(previous)
    }

    private static func quote(opening: Bool, state: inout QuoteState) -> Unicode.Scalar {
        if opening {
            state.depth += 1
            return state.depth == 1 ? "«" : "„"
        }
        let depth = state.depth
        state.depth = max(0, depth - 1)
        return depth >= 2 ? "“" : "»"
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
    static func isUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    static func isLower(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }
    static func isLetter(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic }
    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == nbsp }

    /// Scalars as a `String` (a typeset text, or a short word to compare with abbreviations),
    /// encoded as UTF-8 by hand: appending them to a `String.UnicodeScalarView` one by one was most
    /// of the time typography took.
    static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count * 2)
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case ..<0x80:
                bytes.append(UInt8(value))
            case ..<0x800:
                bytes.append(UInt8(0xC0 | value >> 6))
                bytes.append(UInt8(0x80 | value & 0x3F))
            case ..<0x10000:
                bytes.append(UInt8(0xE0 | value >> 12))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            default:
                bytes.append(UInt8(0xF0 | value >> 18))
                bytes.append(UInt8(0x80 | value >> 12 & 0x3F))
                bytes.append(UInt8(0x80 | value >> 6 & 0x3F))
                bytes.append(UInt8(0x80 | value & 0x3F))
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
