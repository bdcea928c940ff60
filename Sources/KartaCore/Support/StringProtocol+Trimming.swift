extension StringProtocol {
    /// Without leading and trailing whitespace (any Unicode space, tab or line break).
    public func trimmingSpaces() -> String {
        trimming { $0.properties.isWhitespace }
    }

    /// Without leading and trailing scalars that are in `scalars`: `"; а ;".trimming(" ;")` is `"а"`.
    public func trimming(_ scalars: String) -> String {
        trimming { scalars.unicodeScalars.contains($0) }
    }

    /// Without leading and trailing scalars for which `isTrimmed` holds; the text itself when
    /// there are none (the common case, with no copy of the scalars).
    public func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last, isTrimmed(first) || isTrimmed(last) else {
            return String(self)
        }
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(String.UnicodeScalarView(scalars[start...end]))
    }
}
