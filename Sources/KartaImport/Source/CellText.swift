/// Cleans text from a Word copy: HTML remnants, Markdown bold marks, odd spaces.
enum CellText {
    /// `<p>a</p> <p>b</p>` → «a; b» parts are joined by `separator`; `**bold**` marks removed.
    static func clean(_ text: String, paragraphSeparator: String = " ") -> String {
        if isClean(text) { return text }
        var parts: [String] = []
        var current = ""
        var tag = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; tag = ""; continue }
            if inTag {
                if character == ">" {
                    inTag = false
                    let name = tag.lowercased().trimming("/ ")
                    if name == "p" || name == "br" || name.hasPrefix("p ") {
                        parts.append(current)
                        current = ""
                    }
                } else {
                    tag.append(character)
                }
                continue
            }
            current.append(character == "\u{00A0}" ? " " : character)
        }
        parts.append(current)
        let cleaned = parts.map(collapse).filter { !$0.isEmpty }
        return cleaned.joined(separator: paragraphSeparator).replacingOccurrences(of: "**", with: "")
            .trimming(" ")
    }

    /// Nothing for `clean` to do: no tag, no `**`, no non-breaking space or CR, no leading,
    /// trailing or double space. Most cells are so; checked on bytes, without grapheme breaking.
    static func isClean(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "<"), UInt8(ascii: "\r"), 0xC2: return false  // 0xC2 leads U+00A0 (and other Latin-1)
            case UInt8(ascii: " ") where previous == UInt8(ascii: " "): return false
            case UInt8(ascii: "*") where previous == UInt8(ascii: "*"): return false
            default: break
            }
            previous = byte
        }
        return previous != UInt8(ascii: " ")
    }

    /// Single spaces, trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\r" }).joined(separator: " ")
    }

    /// Joins a cell with its continuation after a page break: «Февраль-» + «декабрь» → «Февраль-декабрь».
    static func join(_ first: String, _ second: String) -> String {
        if first.isEmpty { return second }
        if second.isEmpty { return first }
        if first.hasSuffix("-") && !first.hasSuffix(" -") { return first + second }
        return first + " " + second
    }

    /// Footnote marks as Word's superscript digits survive a copy as text.
    static let superscriptDigits = "¹²³⁴⁵⁶⁷⁸⁹⁰"

    /// Removes footnote marks: superscript digits and «*».
    static func withoutFootnoteMarks(_ text: String) -> String {
        String(text.filter { !superscriptDigits.contains($0) && $0 != "*" }).trimming(" ")
    }
}
