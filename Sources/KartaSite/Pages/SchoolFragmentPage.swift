/// `schools/<slug>/fragment.html`: the school's section with its own styles, to paste into the
/// school's site.
public struct SchoolFragmentPage: Sendable {
    public let shortName: String
    public let asOf: String
    public let asOfVerbal: String
    /// «12.11.2025», or empty (`PageShell.updated`).
    public let updated: String
    /// The scoped styles of `assets/fragment.css`.
    public let css: HTML
    public let section: HTML
}
