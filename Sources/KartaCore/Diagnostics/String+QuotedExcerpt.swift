extension String {
    /// A value as a message quotes it: whole up to `Limits.quotedCharacters` characters, else its
    /// start and «…» — a 10 MB value in a field makes a line of a message, not 10 MB of them.
    /// Control characters are shown as `\n`, `\r`, `\t` or `\u{…}`: a message is one line, and a
    /// line break from a value would read as the end of it.
    public var quotedExcerpt: String {
        let excerpt = count > Limits.quotedCharacters ? String(prefix(Limits.quotedCharacters)) + "…" : self
        guard excerpt.unicodeScalars.contains(where: \.isControl) else { return excerpt }
        var shown = ""
        for scalar in excerpt.unicodeScalars {
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
