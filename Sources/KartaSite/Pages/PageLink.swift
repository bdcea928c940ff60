/// A link as a page shows it.
public struct PageLink: Sendable {
    public let href: String
    public let label: String
}
