import KartaCore

extension DiagnosticFormatter {
    /// A formatter that shows lines of content files and of templates.
    init(content: LoadedContent?, templates: [String: String]) {
        self.init(sources: (content?.sources ?? [:]).merging(templates) { content, _ in content })
    }
}
