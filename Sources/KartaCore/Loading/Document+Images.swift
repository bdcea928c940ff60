extension Document {
    /// Where the Markdown body shows an image with no description (`![](files/schema.png)`): a
    /// reader with images off, or with a screen reader, gets nothing in its place (order № 1493,
    /// п. 25). Positions are in the file.
    func imagesWithoutDescription() -> [SourceLocation] {
        // A pass over the bytes: Foundation's `contains` on every body cost more than the rest of
        // the decoding of a file.
        guard Self.hasImage(body) else { return [] }
        let offset = text.hasSuffix(body) ? text.utf8.count - body.utf8.count : 0
        let firstLine = text.utf8.prefix(offset).count { $0 == UInt8(ascii: "\n") } + 1
        var found: [SourceLocation] = []
        for (number, line) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "![") {
                let after = rest[start.upperBound...]
                guard let close = after.firstIndex(of: "]") else { break }
                let description = after[..<close]
                if description.allSatisfy(\.isWhitespace), after[close...].dropFirst().first == "(" {
                    let column =
                        line.unicodeScalars.distance(from: line.unicodeScalars.startIndex, to: start.lowerBound) + 1
                    found.append(SourceLocation(file: path, line: firstLine + number, column: column))
                }
                rest = after[close...]
            }
        }
        return found
    }

    /// `![` somewhere in the text.
    private static func hasImage(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == UInt8(ascii: "!") && byte == UInt8(ascii: "[") { return true }
            previous = byte
        }
        return false
    }
}
