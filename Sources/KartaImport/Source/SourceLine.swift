/// A line of a document copied as text from Word: a table row (tab-separated cells) or text.
enum SourceLine: Equatable, Sendable {
    case blank
    case text(String)
    case row([String])

    init(_ raw: String) {
        if raw.contains("\t") {
            self = .row(raw.split(separator: "\t", omittingEmptySubsequences: false).map { CellText.clean(String($0)) })
        } else {
            self = .paragraph(raw)
        }
    }

    /// A line of a paragraph: text, or blank when nothing is left of it after cleaning.
    static func paragraph(_ raw: String) -> SourceLine {
        let text = CellText.clean(raw)
        return text.isEmpty ? .blank : .text(text)
    }
}
