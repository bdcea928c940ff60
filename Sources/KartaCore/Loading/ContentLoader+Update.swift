extension ContentLoader {
    /// The decode phase for a change the previous build's content can take in place: the same
    /// files as before (none added or removed), site.yml unchanged, and each file whose text
    /// changed decoded without any diagnostic. Only those files are decoded; everything else is
    /// the previous build's. Nil when the change is of another kind: the caller decodes it all
    /// (`decode`), which also reports every problem.
    /// - Parameter previous: the content of a build that had no diagnostic at all.
    public static func update(_ previous: LoadedContent, with sources: ContentSources) -> ContentChange? {
        let sitePath = sources.root + "/site.yml"
        guard previous.diagnostics.all.isEmpty, previous.root == sources.root, sources.complete,
              sources.fingerprints.count == previous.fingerprints.count,
              let site = sources.fingerprints[sitePath], site == previous.fingerprints[sitePath]
        else { return nil }
        var change = ContentChange(loaded: previous)
        change.loaded.fingerprints = sources.fingerprints
        for (file, source) in sources.files {
            // As many files as before, each known before: the same files.
            guard let before = previous.fingerprints[file.path] else { return nil }
            guard case .text(let text, _) = source, sources.fingerprints[file.path] != before else { continue }
            let decoded = decode(file, text: text)
            guard decoded.diagnostics.isEmpty, let value = decoded.value,
                  change.replace(value, of: file.path) else { return nil }
            change.files.append(file.path)
            if let text = decoded.text { change.loaded.sources[file.path] = text }
            remember(decoded, of: file, source: source, fingerprint: sources.fingerprints[file.path],
                     started: sources.started, in: &change.loaded.decodeCache)
        }
        change.files.sort()
        return change
    }
}

private extension ContentChange {
    /// Puts the file's new value where its previous one was; false when it was not there (a file
    /// that changed kind cannot: the folder gives the kind).
    mutating func replace(_ value: DecodedFile.Value, of path: String) -> Bool {
        switch value {
        case .school(let school):
            guard let index = loaded.content.schools.firstIndex(where: { $0.file == path }) else { return false }
            loaded.content.schools[index] = school
            schools.append(index)
        case .roadmap(let roadmap):
            guard let index = loaded.content.roadmaps.firstIndex(where: { $0.file == path }) else { return false }
            loaded.content.roadmaps[index] = roadmap
            roadmaps.append(index)
        case .order(let order):
            guard let index = loaded.content.orders.firstIndex(where: { $0.file == path }) else { return false }
            loaded.content.orders[index] = order
            orders.append(index)
        }
        return true
    }
}
