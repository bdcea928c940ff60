/// `schools/<slug>/index.html`: the school's section in the site's page.
public struct SchoolPage: Sendable {
    public let shell: PageShell
    /// The section, rendered once for the page and the fragment.
    public let section: HTML
}
