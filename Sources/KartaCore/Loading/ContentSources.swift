/// The read phase's value: every content file found, with its text or why it could not be read,
/// or its decoded value from the decode cache when the file is unchanged.
public struct ContentSources: Sendable {
    enum Source: Sendable {
        /// Read in this run; the stamp it had, when it is a regular file.
        case text(Result<String, Diagnostic>, stamp: FileStamp?)
        /// Unchanged since it was decoded: neither read nor decoded again.
        case cached(DecodeCache.Entry)
    }

    /// The content folder as given, without a trailing «/».
    public let root: String
    let site: Result<String, Diagnostic>?
    let files: [(file: ContentFile, source: Source)]
    /// Monitoring tables (`monitoring/<roadmap>/<date>.csv|.xlsx`), read whole: they are few and small.
    var tables: [(relative: String, path: String, bytes: Result<[UInt8], Diagnostic>)] = []
    /// A problem with the folder itself.
    let folderProblem: Diagnostic?
    /// Entries of the content folders that are not read (`.MD`, `.markdown`, subfolders), each a warning.
    var ignored: [Diagnostic] = []
    /// When the read began (seconds since 1970): files changed since then are not cached.
    var started = 0
    /// Entries of the decode cache the read was given.
    var cacheSize = 0
    /// Only the files a watcher named were read (`ContentLoader.read(changed:previous:)`): `files`
    /// holds those, `fingerprints` every file's.
    public internal(set) var partial = false

    /// Every file was found and read (or is unchanged), and no entry was left out.
    public var complete: Bool {
        guard folderProblem == nil, ignored.isEmpty else { return false }
        if !partial {
            guard case .success = site else { return false }
        }
        let tablesRead = tables.allSatisfy { table in
            if case .failure = table.bytes { return false }
            return true
        }
        return tablesRead
            && files.allSatisfy { file in
                if case .text(.failure, _) = file.source { return false }
                return true
            }
    }

    /// The fingerprint of each file's text, by the path used in diagnostics (site.yml too); set
    /// once by the read, used by the unchanged-build check, the decode cache and the page plan.
    public private(set) var fingerprints: [String: Fingerprint] = [:]
    /// When each file last changed (`ContentDates`), for the pages made of it.
    public internal(set) var dates = ContentDates()

    /// Fingerprints every text read, on all cores; files from the cache keep theirs.
    mutating func fingerprint() {
        var result: [String: Fingerprint] = [:]
        if case .success(let text) = site { result[root + "/site.yml"] = Fingerprint(of: text) }
        let prints = files.parallelMap { _, source -> Fingerprint? in
            switch source {
            case .text(.success(let text), _): Fingerprint(of: text)
            case .text(.failure, _): nil
            case .cached(let entry): entry.fingerprint
            }
        }
        for ((file, _), print) in zip(files, prints) { result[file.path] = print }
        for table in tables {
            if case .success(let bytes) = table.bytes { result[table.path] = Fingerprint(of: bytes) }
        }
        fingerprints = result
    }
}

extension ContentSources {
    /// A few files read again; every other file's fingerprint is the previous build's.
    init(
        root: String, reread files: [(file: ContentFile, source: Source)],
        tables: [(relative: String, path: String, bytes: Result<[UInt8], Diagnostic>)] = [],
        fingerprints previous: [String: Fingerprint], dates: ContentDates, started: Int
    ) {
        self.root = root
        site = nil
        self.files = files
        folderProblem = nil
        self.started = started
        partial = true
        fingerprints = previous
        self.dates = dates
        for (file, source) in files {
            guard case .text(let text, let stamp) = source else { continue }
            fingerprints[file.path] = try? Fingerprint(of: text.get())
            // Just saved: a change not yet committed.
            if let stamp { self.dates.byFile[file.path] = ContentDates.modificationDate(stamp) }
        }
        self.tables = tables
        for table in tables {
            guard case .success(let bytes) = table.bytes else { continue }
            fingerprints[table.path] = Fingerprint(of: bytes)
            if let stamp = FileSystem.fileStamp(of: table.path) {
                self.dates.byFile[table.path] = ContentDates.modificationDate(stamp)
            }
        }
    }

    /// Sources from texts already in memory (a git revision), by path relative to the content
    /// folder: `site.yml` and the `.md` files of `schools/`, `roadmaps/`, `orders/`; other paths
    /// are left out. Locations read `<root>/<path>`.
    public init(root: String, texts: [String: String]) {
        self.init(root: root, read: texts.mapValues { .success($0) })
    }

    /// - Parameter read: each file's text, or why it could not be read (not UTF-8): such a file
    ///   is reported, not left out as if it were not there.
    /// - Parameter tables: the monitoring tables' bytes, by path relative to the content folder.
    public init(
        root: String, read texts: [String: Result<String, Diagnostic>], tables: [String: [UInt8]] = [:]
    ) {
        let root = FileSystem.folder(root)
        self.root = root
        site =
            texts["site.yml"]
            ?? .failure(ReadError.unreadable(reason: "нет файла site.yml").at(SourceLocation(file: "\(root)/site.yml")))
        var files: [(file: ContentFile, source: Source)] = []
        for kind in ContentKind.allCases {
            for path in texts.keys.sorted()
            where path.hasPrefix(kind.folder + "/") && path.hasSuffix(".md")
                && !path.dropFirst(kind.folder.count + 1).contains("/")
            {
                files.append((ContentFile(kind: kind, root: root, relative: path), .text(texts[path]!, stamp: nil)))
            }
        }
        self.files = files
        folderProblem = nil
        self.tables = tables.keys.sorted().map { ($0, root + "/" + $0, .success(tables[$0]!)) }
        fingerprint()
    }
}
