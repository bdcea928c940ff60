/// A Mustache tag with a name in a template's text: a value `{{name}}`, `{{{name}}}`, `{{&name}}`,
/// a section `{{#name}}` `{{^name}}`, a partial `{{> name}}` or a parent `{{< name}}`, with where
/// it stands. Comments, closing tags, blocks, pragmas, `{{.}}` and dynamic partials are left out.
/// Only the default `{{ }}` delimiters are read.
struct TemplateTag: Equatable {
    /// `nil` for a value; otherwise `#`, `^`, `&`, `>` or `<`.
    let sigil: Character?
    let name: String
    let line: Int
    let column: Int

    /// A partial or a parent: the name of another template.
    var namesTemplate: Bool { sigil == ">" || sigil == "<" }

    /// The tags of a template's text, in order.
    static func all(in text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: #/\{\{(\{?)\s*([#^&><]?)\s*([^\s{}]+)\s*\}?\}\}/#) {
                let name = String(match.output.3)
                let sigil = match.output.2.first
                if name == "." || name.hasPrefix("!") || name.hasPrefix("*") || "!%=/$".contains(name.first!) { continue }
                let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                tags.append(TemplateTag(sigil: sigil, name: name, line: index + 1, column: column))
            }
        }
        return tags
    }
}
