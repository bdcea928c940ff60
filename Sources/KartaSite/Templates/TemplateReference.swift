/// A template named by another: a partial `{{> name}}` or a parent `{{< name}}`. swift-mustache
/// renders an unknown name as nothing, so karta checks the names before a build.
struct TemplateReference: Equatable {
    let name: String
    let line: Int
    let column: Int

    /// The references in a template's text, in order; dynamic partials (`{{>*name}}`) are left out.
    static func all(in text: String) -> [TemplateReference] {
        var references: [TemplateReference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            for match in line.matches(of: #/\{\{([<>])\s*([^*}\s][^}\s]*)\s*\}\}/#) {
                let column = line.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                references.append(TemplateReference(name: String(match.output.2), line: index + 1, column: column))
            }
        }
        return references
    }
}
