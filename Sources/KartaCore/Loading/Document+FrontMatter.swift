extension Document {
    /// Splits a `.md` file: a first line `---`, the YAML, a closing `---` (or `...`) line, the body.
    /// Works on UTF-8 bytes: only line starts are looked at, the body is not split into lines.
    public static func split(_ text: String, path: String) -> Result<Document, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        let bytes = text.utf8
        let firstEnd = bytes.firstIndex(of: 10) ?? bytes.endIndex
        guard text[text.startIndex..<firstEnd].trimmingSpaces() == "---" else {
            return .failure(ReadError.frontMatterMissing.at(start))
        }
        var lineStart = firstEnd < bytes.endIndex ? bytes.index(after: firstEnd) : bytes.endIndex
        let yamlStart = lineStart
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.endIndex
            let line = text[lineStart..<lineEnd]
            if line == "---" || line == "..." || (line.utf8.count < 16 && line.trimmingSpaces() == "---") {
                let yaml = String(text[yamlStart..<lineStart])
                let bodyStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
                let body = text[bodyStart...].drop { $0 == "\n" }
                return .success(
                    Document(path: path, text: text, frontMatter: yaml, frontMatterLine: 2, body: String(body)))
            }
            lineStart = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : bytes.endIndex
        }
        return .failure(ReadError.frontMatterNotClosed.at(start))
    }

    /// A `.yml` file: all of it is YAML.
    public static func yaml(_ text: String, path: String) -> Document {
        Document(path: path, text: text, frontMatter: text, frontMatterLine: 1, body: "")
    }
}
