import Foundation
import Dispatch

/// Reads and decodes a content folder: `site.yml`, `schools/`, `roadmaps/`, `orders/`.
public enum ContentLoader {
    /// The read phase: site.yml and every `.md` file of `schools/`, `roadmaps/`, `orders/`, on all
    /// cores, checked to be UTF-8. A file whose stamp is that of its entry in `cache` is not read.
    public static func read(from directory: String, cache: DecodeCache = DecodeCache()) -> ContentSources {
        let started = Int(Date().timeIntervalSince1970)
        let root = FileSystem.folder(directory)
        guard FileSystem.isDirectory(root) else {
            let problem = ReadError.unreadable(reason: "папка с содержимым не найдена")
                .at(SourceLocation(file: root))
            return ContentSources(root: root, site: nil, files: [], folderProblem: problem)
        }
        let sitePath = "\(root)/site.yml"
        let site: Result<String, Diagnostic> =
            !FileSystem.fileExists(sitePath)
            ? .failure(ReadError.unreadable(reason: "нет файла site.yml").at(SourceLocation(file: sitePath)))
            : text(sitePath)
        var (files, ignored) = contentFiles(root: root)
        let (tables, ignoredTables) = monitoringFiles(root: root)
        ignored += ignoredTables
        let read = files.parallelMap { file -> (ContentSources.Source, FileStamp?) in
            let stamp = FileSystem.fileStamp(of: file.path)
            if let entry = cache.entry(file.relative, stamp: stamp) { return (.cached(entry), stamp) }
            return (.text(text(file.path), stamp: stamp), stamp)
        }
        var sources = ContentSources(
            root: root, site: site, files: Array(zip(files, read.map(\.0))), folderProblem: nil,
            ignored: ignored, started: started, cacheSize: cache.count)
        sources.tables = tables.parallelMap { ($0, root + "/" + $0, bytes(root + "/" + $0)) }
        sources.fingerprint()
        sources.dates = ContentDates.read(
            root: root,
            files: zip(files, read).map { ($0.relative, $1.1) }
                + tables.map { ($0, FileSystem.fileStamp(of: root + "/" + $0)) })
        return sources
    }

    /// The decode phase: the model, on all cores, with every problem a single file has.
    public static func decode(_ sources: ContentSources) -> LoadedContent {
        var result = LoadedContent(content: Content(site: Site()), root: sources.root)
        if let problem = sources.folderProblem {
            result.diagnostics.append(problem)
            return result
        }
        result.diagnostics.append(contentsOf: sources.ignored)
        result.leftOutEntries = !sources.ignored.isEmpty
        if let site = sources.site {
            result.fileCount += 1
            decodeSite(site, path: "\(sources.root)/site.yml", into: &result)
        }
        let decoded = sources.files.parallelMap { file, source -> DecodedFile in
            switch source {
            case .cached(let entry): DecodedFile(value: entry.value, diagnostics: [])
            case .text(let text, _): decode(file, text: text)
            }
        }
        result.fingerprints = sources.fingerprints
        result.dates = sources.dates
        for ((file, source), decoded) in zip(sources.files, decoded) {
            result.fileCount += 1
            if let text = decoded.text { result.sources[file.path] = text }
            result.diagnostics.append(contentsOf: decoded.diagnostics)
            remember(
                decoded, of: file, source: source, fingerprint: sources.fingerprints[file.path],
                started: sources.started, in: &result.decodeCache)
            switch decoded.value {
            case .school(let school): result.content.schools.append(school)
            case .roadmap(let roadmap): result.content.roadmaps.append(roadmap)
            case .order(let order): result.content.orders.append(order)
            case .meeting(let meeting): result.content.meetings.append(meeting)
            case nil:
                let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
                result.content.undecoded[file.kind, default: []].insert(Slug.fromFileName(name))
            }
        }
        let reused = sources.files.count { if case .cached = $0.source { true } else { false } }
        // Rewriting the whole cache (32 MB at 10,000 schools) costs more than decoding a few files
        // again: a stale entry is only a miss. It is saved once enough of it differs.
        let differing = (sources.cacheSize - reused) + (result.decodeCache.count - reused)
        result.decodeCache.changed =
            differing > 0
            && (sources.cacheSize == 0 || differing > max(32, result.decodeCache.count / 64))
        let tables = sources.tables.parallelMap { table -> (MonitoringRound?, [Diagnostic]) in
            switch table.bytes {
            case .failure(let problem): (nil, [problem])
            case .success(let bytes): MonitoringTable.decode(relative: table.relative, path: table.path, bytes: bytes)
            }
        }
        for (round, diagnostics) in tables {
            if let round { result.content.rounds.append(round) }
            result.diagnostics.append(contentsOf: diagnostics)
        }
        result.fileCount += sources.tables.count
        result.content.rounds.sort { ($0.roadmap, $0.date, $0.file) < ($1.roadmap, $1.date, $1.file) }
        result.content.schools.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        result.content.roadmaps.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        result.content.orders.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        result.content.meetings.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        return result
    }

    /// A content file's text. A link is not followed: it could publish any file of the machine
    /// (`schools/a.md` → `/etc/passwd`).
    static func text(_ path: String) -> Result<String, Diagnostic> {
        if let refused = refusedLink(path) { return .failure(refused) }
        return FileSystem.text(path)
    }

    /// A monitoring table's bytes, by the same rule as `text`: a link is not followed, and what is
    /// not a regular file (a folder, a FIFO) is refused with an error, not read.
    static func bytes(_ path: String) -> Result<[UInt8], Diagnostic> {
        if let refused = refusedLink(path) { return .failure(refused) }
        return FileSystem.read(path)
    }

    private static func refusedLink(_ path: String) -> Diagnostic? {
        guard FileSystem.isSymbolicLink(path) else { return nil }
        return ReadError.unreadable(
            reason: "это символическая ссылка; karta читает только обычные файлы папки с содержимым"
        )
        .at(SourceLocation(file: path))
    }

    /// The `.md` files of `schools/`, `roadmaps/`, `orders/`, and a warning for each other entry
    /// there but an editor's own files: a `.MD` or `.markdown` file or a subfolder would otherwise
    /// be left out without a word.
    /// One listing of each folder serves both.
    static func contentFiles(root: String) -> (files: [ContentFile], ignored: [Diagnostic]) {
        var files: [ContentFile] = [], ignored: [Diagnostic] = []
        for kind in ContentKind.allCases {
            for name in FileSystem.list("\(root)/\(kind.folder)") where !ContentFile.isEditorFile(Substring(name)) {
                let path = "\(root)/\(kind.folder)/\(name)"
                if name.hasSuffix(".md") {
                    files.append(ContentFile(kind: kind, root: root, relative: "\(kind.folder)/\(name)"))
                } else {
                    ignored.append(
                        ReadError.ignoredEntry(name, folder: kind.folder, isFolder: FileSystem.isDirectory(path))
                            .at(SourceLocation(file: path)))
                }
            }
        }
        return (files, ignored)
    }

    /// The tables of `monitoring/<roadmap>/`, relative to the content folder, and a warning for
    /// each other entry there but an editor's own files.
    static func monitoringFiles(root: String) -> (tables: [String], ignored: [Diagnostic]) {
        var tables: [String] = [], ignored: [Diagnostic] = []
        for folder in FileSystem.list("\(root)/monitoring") where !ContentFile.isEditorFile(Substring(folder)) {
            let path = "\(root)/monitoring/\(folder)"
            guard FileSystem.isDirectory(path), !FileSystem.isSymbolicLink(path) else {
                ignored.append(
                    ReadError.ignoredMonitoringEntry(folder, folder: "monitoring").at(SourceLocation(file: path)))
                continue
            }
            for name in FileSystem.list(path) where !ContentFile.isEditorFile(Substring(name)) {
                if MonitoringTable.isTable(name) {
                    tables.append("monitoring/\(folder)/\(name)")
                } else {
                    ignored.append(
                        ReadError.ignoredMonitoringEntry(name, folder: "monitoring/\(folder)")
                            .at(SourceLocation(file: "\(path)/\(name)")))
                }
            }
        }
        return (tables.sorted(), ignored)
    }

    /// Keeps a file that decoded without a diagnostic in the decode cache. A file changed in the
    /// second the read began could change again within its stamp's resolution; it is read next time.
    static func remember(
        _ decoded: DecodedFile, of file: ContentFile, source: ContentSources.Source,
        fingerprint: Fingerprint?, started: Int, in cache: inout DecodeCache
    ) {
        switch source {
        case .cached(let entry):
            cache.entries[file.relative] = entry
        case .text(.success, let stamp?):
            guard let value = decoded.value, let fingerprint, decoded.diagnostics.isEmpty,
                !stamp.isRecent(comparedTo: started)
            else { return }
            cache.entries[file.relative] = DecodeCache.Entry(stamp: stamp, fingerprint: fingerprint, value: value)
        case .text:
            break
        }
    }

    private static func decodeSite(_ text: Result<String, Diagnostic>, path: String, into result: inout LoadedContent) {
        switch text {
        case .failure(let diagnostic):
            result.diagnostics.append(diagnostic)
        case .success(let text):
            result.sources[path] = text
            let (site, diagnostics) = Site.decode(Document.yaml(text, path: path))
            result.content.site = site
            result.diagnostics.append(contentsOf: diagnostics)
        }
    }

    static func decode(_ file: ContentFile, text read: Result<String, Diagnostic>) -> DecodedFile {
        let text: String
        switch read {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return DecodedFile(diagnostics: [diagnostic])
        }
        switch Document.split(text, path: file.path) {
        case .failure(let diagnostic):
            return DecodedFile(text: text, diagnostics: [diagnostic])
        case .success(let document):
            let images = document.imagesWithoutDescription().map(ReadError.imageWithoutDescription.at)
            switch file.kind {
            case .school:
                let (school, diagnostics) = School.decode(document)
                return DecodedFile(
                    value: school.map { DecodedFile.Value.school($0) }, text: text, diagnostics: diagnostics + images)
            case .roadmap:
                let (roadmap, diagnostics) = Roadmap.decode(document)
                return DecodedFile(
                    value: roadmap.map { DecodedFile.Value.roadmap($0) }, text: text, diagnostics: diagnostics + images)
            case .order:
                let (order, diagnostics) = Order.decode(document)
                return DecodedFile(
                    value: order.map { DecodedFile.Value.order($0) }, text: text, diagnostics: diagnostics + images)
            case .meeting:
                let (meeting, diagnostics) = Meeting.decode(document)
                return DecodedFile(
                    value: meeting.map { DecodedFile.Value.meeting($0) }, text: text, diagnostics: diagnostics + images)
            }
        }
    }
}
