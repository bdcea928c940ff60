/// A file of `content/files/` the site publishes as it is.
public struct Attachment: Sendable, Hashable {
    /// Relative to the content folder: `files/plan.pdf`.
    public let path: String
    /// In bytes, as published: pages show it beside each link to the file.
    public let size: Int

    public init(path: String, size: Int) {
        self.path = path
        self.size = size
    }
}
