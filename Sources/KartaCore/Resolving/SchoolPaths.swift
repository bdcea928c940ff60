/// Every file the site writes for a school, relative to the output folder (`OutputPaths`).
public struct SchoolPaths: Sendable, Hashable {
    public let page: String
    /// The section without the page shell, for the school's own site.
    public let fragment: String
    public let calendar: String
}
