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

    /// The tags of a template's text, in order. A plain scan over scalars: it runs on every build,
    /// and a Swift regex literal is compiled again each time it is evaluated.
    static func all(in text: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let scalars = Array(text.unicodeScalars)
        var line = 1, lineStart = 0, i = 0
        while i < scalars.count {
            if scalars[i] == "\n" {
                line += 1
                lineStart = i + 1
            } else if scalars[i] == "{", i + 1 < scalars.count, scalars[i + 1] == "{" {
                if let (tag, end) = tag(in: scalars, at: i, line: line, column: i - lineStart + 1) {
                    if let tag { tags.append(tag) }
                    i = end
                    continue
                }
            }
            i += 1
        }
        return tags
    }

    /// The tag opening at `start` (nil when it has no name worth reporting) and the index after it;
    /// nil when no tag closes on this line.
    private static func tag(in s: [Unicode.Scalar], at start: Int, line: Int, column: Int) -> (TemplateTag?, Int)? {
        var i = start + 2
        func skipSpaces() { while i < s.count, s[i] == " " || s[i] == "\t" { i += 1 } }
        if i < s.count, s[i] == "{" { i += 1 }
        skipSpaces()
        var sigil: Character?
        if i < s.count, "#^&><".unicodeScalars.contains(s[i]) {
            sigil = Character(s[i])
            i += 1
            skipSpaces()
        }
        let nameStart = i
        while i < s.count, s[i] != "}", s[i] != "\n", s[i] != " ", s[i] != "\t" { i += 1 }
        let name = String(String.UnicodeScalarView(s[nameStart..<i]))
        while i < s.count, s[i] != "}", s[i] != "\n" { i += 1 }
        guard i + 1 < s.count, s[i] == "}", s[i + 1] == "}" else { return nil }
        i += 2
        if i < s.count, s[i] == "}" { i += 1 }
        guard let first = name.first, name != ".", !"!%=/$*".contains(first) else { return (nil, i) }
        return (TemplateTag(sigil: sigil, name: name, line: line, column: column), i)
    }
}
