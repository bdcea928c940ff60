extension String {
    /// A value as a message quotes it: whole up to `Limits.quotedCharacters` characters, else its
    /// start and «…» — a 10 MB value in a field makes a line of a message, not 10 MB of them.
    /// Line breaks and the characters content may not hold are shown (`controlsShown`): a message
    /// is one line, and a line break from a value would read as the end of it.
    public var quotedExcerpt: String {
        (count > Limits.quotedCharacters ? String(prefix(Limits.quotedCharacters)) + "…" : self).controlsShown
    }

    /// The text with its line breaks and tabs shown as `\n`, `\r`, `\t`, and what content may not
    /// hold (`ForbiddenCharacters`: other controls, direction overrides, noncharacters) as
    /// `\u{…}`, for a line of output that must stay one line and read as stored (a file name may
    /// hold a line break, or a U+202E that turns the rest of the line around).
    public var controlsShown: String {
        let escaped = { (scalar: Unicode.Scalar) in
            scalar == "\n" || scalar == "\r" || scalar == "\t" || ForbiddenCharacters.contains(scalar)
        }
        guard unicodeScalars.contains(where: escaped) else { return self }
        var shown = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case _ where escaped(scalar): shown += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
