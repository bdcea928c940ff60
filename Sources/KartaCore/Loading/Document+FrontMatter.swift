extension Document {
    /// Splits a `.md` file: a first line `---`, the YAML, a closing `---` (or `...`) line, the body.
    public static func split(_ text: String, path: String) -> Result<Document, Diagnostic> {
        let start = SourceLocation(file: path, line: 1, column: 1)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingSpaces() == "---" else {
            return .failure(ContentError.frontMatterMissing.at(start))
        }
        lines = lines.dropFirst()
        guard let close = lines.firstIndex(where: { $0 == "---" || $0 == "..." || $0.trimmingSpaces() == "---" })
        else {
            return .failure(ContentError.frontMatterNotClosed.at(start))
        }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return .success(Document(path: path, text: text, frontMatter: yaml, frontMatterLine: 2,
                                 body: body.trimmingLeadingNewlines()))
    }

    /// A `.yml` file: all of it is YAML.
    public static func yaml(_ text: String, path: String) -> Document {
        Document(path: path, text: text, frontMatter: text, frontMatterLine: 1, body: "")
    }
}

private extension String {
    func trimmingLeadingNewlines() -> String {
        String(drop { $0 == "\n" })
    }
}
