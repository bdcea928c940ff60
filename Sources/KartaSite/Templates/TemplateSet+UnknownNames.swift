import KartaCore

extension TemplateSet {
    /// Warnings for names traced renders did not find, each at its first tag in the template that
    /// asked for it or in the partials and parents that template includes.
    func unknownNameDiagnostics(_ unknown: [(template: String, name: String)]) -> Diagnostics {
        var diagnostics = Diagnostics()
        let used = Set(sources.values.flatMap(TemplateTag.all(in:)).filter { !$0.namesTemplate }.map(\.name))
        let known = used.subtracting(unknown.map(\.name)).sorted()
        var reported: Set<SourceLocation> = []
        for (template, name) in unknown {
            guard let (path, tag) = firstTag(named: name, from: template) else { continue }
            let location = SourceLocation(file: path, line: tag.line, column: tag.column)
            guard reported.insert(location).inserted else { continue }
            diagnostics.report(TemplateError.unknownName(name, suggestion: NearestWord.find(name, among: known)), at: location)
        }
        return diagnostics
    }

    private func firstTag(named name: String, from template: String) -> (path: String, tag: TemplateTag)? {
        var queue = [template]
        var seen: Set<String> = []
        while !queue.isEmpty {
            let current = queue.removeFirst()
            guard seen.insert(current).inserted, let path = paths[current], let text = sources[path] else { continue }
            let tags = TemplateTag.all(in: text)
            if let tag = tags.first(where: { !$0.namesTemplate && $0.name.split(separator: ".").first.map(String.init) == name }) {
                return (path, tag)
            }
            queue += tags.filter(\.namesTemplate).map(\.name)
        }
        return nil
    }
}
