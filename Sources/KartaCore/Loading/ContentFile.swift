/// A content file found on disk, before it is read.
struct ContentFile: Sendable {
    let kind: ContentKind
    /// The path as shown in diagnostics: the content folder as given, then the relative path.
    let path: String
    /// The path inside the content folder, e.g. `schools/school-1.md`.
    let relative: String

    init(kind: ContentKind, root: String, relative: String) {
        self.kind = kind
        self.relative = relative
        path = root + "/" + relative
    }
}
