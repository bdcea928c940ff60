/// One file of the generated site: its path relative to the output folder and its bytes.
public struct OutputFile: Sendable, Equatable {
    public let path: String
    public let bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// A page of the site, as counted in summaries (not data, calendars, tables or assets).
    public var isPage: Bool { Self.isPage(path) }

    /// Whether the file at `path` is a page of the site.
    public static func isPage(_ path: String) -> Bool { path.hasSuffix(".html") }
}

extension OutputFile {
    init(path: String, html: HTML) {
        self.init(path: path, text: html.text)
    }
}
