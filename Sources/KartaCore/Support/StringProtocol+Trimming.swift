extension StringProtocol {
    func trimmingSpaces() -> String {
        if let first = unicodeScalars.first, let last = unicodeScalars.last,
           !first.properties.isWhitespace, !last.properties.isWhitespace {
            return String(self)
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
