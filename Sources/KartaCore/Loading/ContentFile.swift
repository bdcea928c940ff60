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

extension ContentFile {
    /// A name an editor gives its own files beside the one being edited: hidden (`.x.md.swp`,
    /// Emacs's lock `.#x.md`, LibreOffice's `.~lock.x.odt#`), a backup (`x.md~`), an autosave
    /// (`#x.md#`) or Word's owner file (`~$x.docx`). Such files are never content or attachments
    /// and are passed over without a warning, as Hugo and the usual git ignores do.
    static func isEditorFile(_ name: Substring) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~")
            || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
    }
}
