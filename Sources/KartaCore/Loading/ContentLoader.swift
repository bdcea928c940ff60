import Dispatch

/// Reads and decodes a content folder: `site.yml`, `schools/`, `roadmaps/`, `orders/`.
public enum ContentLoader {
    /// Read, decode and resolve's checks: every problem of the content, for callers that need no
    /// pages (`import`). Without `as_of` in site.yml, no date of the content counts as future.
    public static func load(from directory: String) -> LoadedContent {
        var loaded = decode(read(from: directory))
        let resolved = SiteResolver.resolve(loaded.content, asOf: loaded.content.site.asOf ?? LocalDate(year: Limits.years.upperBound, month: 12, day: 31)!,
                                            contentDirectory: loaded.root)
        loaded.diagnostics.append(contentsOf: resolved.diagnostics.all)
        return loaded
    }

    /// The read phase: site.yml and every `.md` file of `schools/`, `roadmaps/`, `orders/`, on all
    /// cores, checked to be UTF-8.
    /// - Parameter known: texts already read by `sourceTexts(from:)`, not read again.
    public static func read(from directory: String, known: [String: String] = [:]) -> ContentSources {
        let root = FileSystem.folder(directory)
        guard FileSystem.isDirectory(root) else {
            let problem = ContentError.unreadable(reason: "папка с содержимым не найдена")
                .at(SourceLocation(file: root))
            return ContentSources(root: root, site: nil, files: [], folderProblem: problem)
        }
        let sitePath = "\(root)/site.yml"
        let site: Result<String, Diagnostic> = !FileSystem.fileExists(sitePath)
            ? .failure(ContentError.unreadable(reason: "нет файла site.yml").at(SourceLocation(file: sitePath)))
            : known[sitePath].map { .success($0) } ?? text(sitePath)
        let (files, ignored) = contentFiles(root: root)
        let texts = files.parallelMap { file in
            known[file.path].map { Result.success($0) } ?? text(file.path)
        }
        return ContentSources(root: root, site: site, files: Array(zip(files, texts)), folderProblem: nil,
                              ignored: ignored)
    }

    /// The decode phase: the model, on all cores, with every problem a single file has.
    public static func decode(_ sources: ContentSources) -> LoadedContent {
        var result = LoadedContent(content: Content(site: Site()), root: sources.root)
        if let problem = sources.folderProblem {
            result.diagnostics.append(problem)
            return result
        }
        result.diagnostics.append(contentsOf: sources.ignored)
        if let site = sources.site {
            result.fileCount += 1
            decodeSite(site, path: "\(sources.root)/site.yml", into: &result)
        }
        let decoded = sources.files.parallelMap { file, text in decode(file, text: text) }
        for ((file, _), decoded) in zip(sources.files, decoded) {
            result.fileCount += 1
            result.sources[file.path] = decoded.text
            result.diagnostics.append(contentsOf: decoded.diagnostics)
            switch decoded.value {
            case .school(let school): result.content.schools.append(school)
            case .roadmap(let roadmap): result.content.roadmaps.append(roadmap)
            case .order(let order): result.content.orders.append(order)
            case nil:
                let name = file.path.split(separator: "/").last.map(String.init) ?? file.path
                result.content.undecoded[file.kind, default: []].insert(Slug.fromFileName(name))
            }
        }
        result.content.schools.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        result.content.roadmaps.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        result.content.orders.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        return result
    }

    /// A content file's text. A link is not followed: it could publish any file of the machine
    /// (`schools/a.md` → `/etc/passwd`).
    private static func text(_ path: String) -> Result<String, Diagnostic> {
        guard !FileSystem.isSymbolicLink(path) else {
            return .failure(ContentError.unreadable(reason: "это символическая ссылка; karta читает только обычные файлы папки с содержимым")
                .at(SourceLocation(file: path)))
        }
        return FileSystem.text(path)
    }

    /// The `.md` files of `schools/`, `roadmaps/`, `orders/`, and a warning for each other entry
    /// there: a `.MD` or `.markdown` file or a subfolder would otherwise be left out without a word.
    /// One listing of each folder serves both.
    static func contentFiles(root: String) -> (files: [ContentFile], ignored: [Diagnostic]) {
        var files: [ContentFile] = [], ignored: [Diagnostic] = []
        for kind in ContentKind.allCases {
            for name in FileSystem.list("\(root)/\(kind.folder)") {
                let path = "\(root)/\(kind.folder)/\(name)"
                if name.hasSuffix(".md") {
                    files.append(ContentFile(kind: kind, path: path))
                } else {
                    ignored.append(ContentError.ignoredEntry(name, folder: kind.folder, isFolder: FileSystem.isDirectory(path))
                        .at(SourceLocation(file: path)))
                }
            }
        }
        return (files, ignored)
    }

    /// The text of every file a load reads (site.yml and the `.md` files), by the path used in
    /// diagnostics; nil when any of them is missing or not UTF-8. For a quick "has anything
    /// changed?" check before decoding.
    public static func sourceTexts(from directory: String) -> [String: String]? {
        let root = FileSystem.folder(directory)
        let (files, ignored) = contentFiles(root: root)
        guard ignored.isEmpty else { return nil }
        let paths = ["\(root)/site.yml"] + files.map(\.path)
        let texts = paths.parallelMap { path in
            try? text(path).get()
        }
        var result: [String: String] = [:]
        for (path, text) in zip(paths, texts) {
            guard let text else { return nil }
            result[path] = text
        }
        return result
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
            switch file.kind {
            case .school:
                let (school, diagnostics) = School.decode(document)
                return DecodedFile(value: school.map { DecodedFile.Value.school($0) }, text: text, diagnostics: diagnostics)
            case .roadmap:
                let (roadmap, diagnostics) = Roadmap.decode(document)
                return DecodedFile(value: roadmap.map { DecodedFile.Value.roadmap($0) }, text: text, diagnostics: diagnostics)
            case .order:
                let (order, diagnostics) = Order.decode(document)
                return DecodedFile(value: order.map { DecodedFile.Value.order($0) }, text: text, diagnostics: diagnostics)
            }
        }
    }
}
