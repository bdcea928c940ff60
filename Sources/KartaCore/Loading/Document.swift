/// A content file split into its YAML front matter and Markdown body.
public struct Document: Sendable {
    /// The path used in diagnostics, e.g. `content/roadmaps/x.md`.
    public var path: String
    public var text: String
    /// The YAML between the `---` lines; for `site.yml`, read whole as YAML, the whole text.
    public var frontMatter: String
    /// The line of the file on which the YAML starts (2 for a `.md` file).
    public var frontMatterLine: Int
    public var body: String

    public init(path: String, text: String, frontMatter: String, frontMatterLine: Int, body: String) {
        self.path = path
        self.text = text
        self.frontMatter = frontMatter
        self.frontMatterLine = frontMatterLine
        self.body = body
    }
}
