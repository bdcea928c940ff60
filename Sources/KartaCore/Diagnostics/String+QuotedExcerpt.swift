extension String {
    /// A value as a message quotes it: whole up to `Limits.quotedCharacters` characters, else its
    /// start and «…» — a 10 MB value in a field makes a line of a message, not 10 MB of them.
    /// Control characters are shown (`controlsShown`): a message is one line, and a line break
    /// from a value would read as the end of it.
    public var quotedExcerpt: String {
        (count > Limits.quotedCharacters ? String(prefix(Limits.quotedCharacters)) + "…" : self).controlsShown
    }

    /// The text with its control characters shown as `\n`, `\r`, `\t` or `\u{…}`, for a line
    /// of output that must stay one line (a file name may hold a line break).
    public var controlsShown: String {
        guard unicodeScalars.contains(where: \.isControl) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case _ where scalar.isControl: shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls and DEL.
    fileprivate var isControl: Bool { value < 0x20 || (0x7F...0x9F).contains(value) }
}
