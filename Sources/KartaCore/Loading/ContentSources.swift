/// The read phase's value: every content file found, with its text or why it could not be read.
public struct ContentSources: Sendable {
    /// The content folder as given, without a trailing «/».
    public let root: String
    let site: Result<String, Diagnostic>?
    let files: [(file: ContentFile, text: Result<String, Diagnostic>)]
    /// A problem with the folder itself.
    let folderProblem: Diagnostic?
    /// Entries of the content folders that are not read (`.MD`, `.markdown`, subfolders), each a warning.
    var ignored: [Diagnostic] = []
}

extension ContentSources {
    /// Sources from texts already in memory (a git revision), by path relative to the content
    /// folder: `site.yml` and the `.md` files of `schools/`, `roadmaps/`, `orders/`; other paths
    /// are left out. Locations read `<root>/<path>`.
    public init(root: String, texts: [String: String]) {
        let root = FileSystem.folder(root)
        self.root = root
        site = texts["site.yml"].map { .success($0) }
            ?? .failure(ContentError.unreadable(reason: "нет файла site.yml").at(SourceLocation(file: "\(root)/site.yml")))
        var files: [(file: ContentFile, text: Result<String, Diagnostic>)] = []
        for kind in ContentKind.allCases {
            for path in texts.keys.sorted() where path.hasPrefix(kind.folder + "/") && path.hasSuffix(".md")
                && !path.dropFirst(kind.folder.count + 1).contains("/") {
                files.append((ContentFile(kind: kind, path: "\(root)/\(path)"), .success(texts[path]!)))
            }
        }
        self.files = files
        folderProblem = nil
    }
}
