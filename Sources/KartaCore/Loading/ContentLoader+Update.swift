import Foundation

extension ContentLoader {
    /// The decode phase for a change the previous build's content can take in place: the same
    /// files as before (none added or removed), site.yml unchanged, and each file whose text
    /// changed decoded without an error. Only those files are decoded; everything else is the
    /// previous build's, and so are the other files' warnings. Nil when the change is of another
    /// kind: the caller decodes it all (`decode`), which also reports every problem.
    /// - Parameter previous: the content of a build without errors.
    public static func update(_ previous: LoadedContent, with sources: ContentSources) -> ContentChange? {
        let sitePath = sources.root + "/site.yml"
        guard !previous.diagnostics.hasErrors, !previous.leftOutEntries, previous.root == sources.root,
            sources.complete,
            sources.fingerprints.count == previous.fingerprints.count,
            let site = sources.fingerprints[sitePath], site == previous.fingerprints[sitePath]
        else { return nil }
        var change = ContentChange(loaded: previous)
        change.loaded.fingerprints = sources.fingerprints
        change.loaded.dates = sources.dates
        var warnings: [Diagnostic] = []
        for (file, source) in sources.files {
            // As many files as before, each known before: the same files.
            guard let before = previous.fingerprints[file.path] else { return nil }
            guard case .text(let text, _) = source, sources.fingerprints[file.path] != before else { continue }
            let decoded = decode(file, text: text)
            guard !decoded.diagnostics.contains(where: { $0.severity == .error }), let value = decoded.value,
                change.replace(value, of: file.path)
            else { return nil }
            warnings += decoded.diagnostics
            change.files.append(file.path)
            if let text = decoded.text { change.loaded.sources[file.path] = text }
            remember(
                decoded, of: file, source: source, fingerprint: sources.fingerprints[file.path],
                started: sources.started, in: &change.loaded.decodeCache)
        }
        // A monitoring table that changed replaces its round; the indicators are linked again with
        // the site's checks (`SiteResolver.update`).
        for table in sources.tables {
            guard let before = previous.fingerprints[table.path] else { return nil }
            guard sources.fingerprints[table.path] != before else { continue }
            guard case .success(let bytes) = table.bytes else { return nil }
            let (round, problems) = MonitoringTable.decode(relative: table.relative, path: table.path, bytes: bytes)
            guard let round, problems.isEmpty,
                let index = change.loaded.content.rounds.firstIndex(where: { $0.file == table.path })
            else { return nil }
            change.loaded.content.rounds[index] = round
            change.files.append(table.path)
        }
        change.files.sort()
        // A file's decode diagnostics are located in it: the changed files' are their new ones.
        let changed = Set(change.files)
        let kept = previous.diagnostics.all.filter { !changed.contains($0.location.file) }
        change.loaded.diagnostics = Diagnostics(kept + warnings)
        return change
    }
}

private extension ContentChange {
    /// Puts the file's new value where its previous one was; false when its slug changed (the
    /// `slug` field: the site's order, links and paths change) or it was not there.
    mutating func replace(_ value: DecodedFile.Value, of path: String) -> Bool {
        switch value {
        case .school(let school):
            guard let index = loaded.content.schools.firstIndex(where: { $0.file == path }),
                loaded.content.schools[index].slug == school.slug
            else { return false }
            loaded.content.schools[index] = school
            schools.append(index)
        case .roadmap(let roadmap):
            guard let index = loaded.content.roadmaps.firstIndex(where: { $0.file == path }),
                loaded.content.roadmaps[index].slug == roadmap.slug
            else { return false }
            loaded.content.roadmaps[index] = roadmap
            roadmaps.append(index)
        case .order(let order):
            guard let index = loaded.content.orders.firstIndex(where: { $0.file == path }),
                loaded.content.orders[index].slug == order.slug
            else { return false }
            loaded.content.orders[index] = order
            orders.append(index)
        case .meeting:
            // A meeting's decisions are listed on the pages of the roadmaps and schools they
            // concern, and its protocol numbers them with the earlier meetings': the whole site.
            return false
        }
        return true
    }
}

extension ContentLoader {
    /// The read phase when a watcher tells which paths changed: only the content files among them
    /// are read, every other file is as in the previous build. Nil when a path is anything but a
    /// content file that was there before and still is — site.yml, a file added or removed, a file
    /// of `files/`, an entry that is not a `.md` file: the caller reads the whole folder, which
    /// also reports what it finds. Paths outside the content folder (the assets) are left to the
    /// caller; an editor's own files, and a temporary file gone again, are passed over.
    /// - Parameter previous: the content of the previous build, which had no diagnostic.
    public static func read(changed paths: Set<String>, previous: LoadedContent) -> ContentSources? {
        let root = previous.root
        let started = Int(Date().timeIntervalSince1970)
        var files: [(file: ContentFile, source: ContentSources.Source)] = []
        var tables: [(relative: String, path: String, bytes: Result<[UInt8], Diagnostic>)] = []
        for path in paths.sorted() where path.hasPrefix(root + "/") {
            let relative = String(path.dropFirst(root.count + 1))
            let parts = relative.split(separator: "/")
            let known = previous.fingerprints[path] != nil
            // An editor's own file (a backup, an autosave), anywhere: never content.
            if !known, let name = parts.last, ContentFile.isEditorFile(name) { continue }
            // A monitoring table that was there before: read whole, as the full read does.
            if known, isMonitoringTable(relative) {
                tables.append((relative, path, bytes(path)))
                continue
            }
            let folder = parts.count == 2 ? ContentKind.allCases.first { $0.folder == parts[0] } : nil
            // An editor's temporary file, gone again.
            if folder != nil, !known, !FileSystem.entryExists(path) { continue }
            guard let kind = folder, known, let stamp = FileSystem.fileStamp(of: path) else { return nil }
            files.append((ContentFile(kind: kind, root: root, relative: relative), .text(text(path), stamp: stamp)))
        }
        return ContentSources(
            root: root, reread: files, tables: tables, fingerprints: previous.fingerprints, dates: previous.dates,
            started: started)
    }
}
