extension String {
    /// A value as a message quotes it: whole up to `Limits.quotedCharacters` characters, else its
    /// start and «…» — a 10 MB value in a field makes a line of a message, not 10 MB of them.
    public var quotedExcerpt: String {
        guard count > Limits.quotedCharacters else { return self }
        return String(prefix(Limits.quotedCharacters)) + "…"
    }
}
