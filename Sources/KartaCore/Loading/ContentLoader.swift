import Dispatch

/// Reads and decodes a content folder: `site.yml`, `schools/`, `roadmaps/`, `orders/`.
public enum ContentLoader {
    /// Reads every file, decodes them (both on all cores), then checks cross references; never
    /// stops at the first problem. The three phases are timed: load, decode, resolve.
    /// - Parameter texts: texts already read by `sourceTexts(from:)`, not read again.
    public static func load(from directory: String, texts known: [String: String] = [:]) -> LoadedContent {
        var clock = PhaseClock()
        var result = LoadedContent(content: Content(site: Site()))
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard FileSystem.isDirectory(root) else {
            result.diagnostics.report(ContentError.unreadable(reason: "папка с содержимым не найдена"),
                                      at: SourceLocation(file: root, line: 1, column: 1))
            return result
        }
        loadSite(root: root, known: known, into: &result)

        let files = contentFiles(root: root)
        let texts = files.parallelMap { file in
            known[file.path].map { Result.success($0) } ?? FileSystem.text(file.path)
        }
        result.timings.append(("load", clock.lap()))
        let decoded = zip(files, texts).map { ($0, $1) }.parallelMap { file, text in decode(file, text: text) }
        result.timings.append(("decode", clock.lap()))
        for (file, decoded) in zip(files, decoded) {
            result.fileCount += 1
            result.sources[file.path] = decoded.text
            result.diagnostics.append(contentsOf: decoded.diagnostics)
            switch decoded.value {
            case .school(let school): result.content.schools.append(school)
            case .roadmap(let roadmap): result.content.roadmaps.append(roadmap)
            case .order(let order): result.content.orders.append(order)
            case nil: break
            }
        }
        result.content.schools.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        result.content.roadmaps.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        result.content.orders.sort { ($0.slug, $0.file) < ($1.slug, $1.file) }
        ContentResolver(content: result.content, contentDirectory: root).check(into: &result.diagnostics)
        result.timings.append(("resolve", clock.lap()))
        return result
    }

    static func contentFiles(root: String) -> [ContentFile] {
        ContentKind.allCases.flatMap { kind in
            FileSystem.list("\(root)/\(kind.folder)")
                .filter { $0.hasSuffix(".md") }
                .map { ContentFile(kind: kind, path: "\(root)/\(kind.folder)/\($0)") }
        }
    }

    /// The text of every file a load reads (site.yml and the `.md` files), by the path used in
    /// diagnostics; nil when any of them is missing or not UTF-8. For a quick "has anything
    /// changed?" check before decoding.
    public static func sourceTexts(from directory: String) -> [String: String]? {
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let paths = ["\(root)/site.yml"] + contentFiles(root: root).map(\.path)
        let texts = paths.parallelMap { path in
            try? FileSystem.text(path).get()
        }
        var result: [String: String] = [:]
        for (path, text) in zip(paths, texts) {
            guard let text else { return nil }
            result[path] = text
        }
        return result
    }

    private static func loadSite(root: String, known: [String: String], into result: inout LoadedContent) {
        let path = "\(root)/site.yml"
        result.fileCount += 1
        guard FileSystem.fileExists(path) else {
            result.diagnostics.report(ContentError.unreadable(reason: "нет файла site.yml"),
                                      at: SourceLocation(file: path, line: 1, column: 1))
            return
        }
        switch known[path].map({ Result.success($0) }) ?? FileSystem.text(path) {
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
