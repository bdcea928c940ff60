/// `schools/<slug>/index.html`: the school's section in the site's page.
public struct SchoolPage: Sendable {
    public let shell: PageShell
    /// The school's short name, for the page's title.
    public let shortName: String
    /// The section, rendered once for the page and the fragment.
    public let section: HTML
}
