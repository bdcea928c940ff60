/// A content file found on disk, before it is read.
struct ContentFile: Sendable {
    let kind: ContentKind
    /// The path as shown in diagnostics: the content folder as given, then the relative path.
    let path: String
}
