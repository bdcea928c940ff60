/// `roadmaps/<slug>/document.html` and `roadmap.docx`: the roadmap as its own document — the
/// approval stamp, the title, the table with the document's columns.
public struct RoadmapDocumentPage: Sendable {
    /// Around the printable page; the Word document has none.
    public let shell: PageShell
    /// «УТВЕРЖДЕНА», «приказом отдела образования», «от 05.09.2025 № 118»; empty when unapproved.
    public let stampLines: [String]
    public let title: String
    public let table: MeasuresTable
    /// The roadmap's page, from the printable one.
    public let roadmapHref: String
    /// The roadmap as PDF (`--pdf`) and as Word (`--docx`), when the build writes them.
    public let pdf: PageLink?
    public let docx: PageLink?
}
