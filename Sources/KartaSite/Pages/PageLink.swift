/// A link as a page shows it.
public struct PageLink: Sendable {
    public let href: String
    public let label: String
    /// «PDF, 184 КБ» for a link to a file; empty for a page.
    public var file: String = ""
}
