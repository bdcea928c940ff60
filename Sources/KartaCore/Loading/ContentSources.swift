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
