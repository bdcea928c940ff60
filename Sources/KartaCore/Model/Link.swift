/// A titled link: evidence of a measure, an attached document.
public struct Link: Sendable, Hashable {
    public var title: String
    public var href: String
    public var location: SourceLocation

    public init(title: String, href: String, location: SourceLocation) {
        self.title = title
        self.href = href
        self.location = location
    }
}
