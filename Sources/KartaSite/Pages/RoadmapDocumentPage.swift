/// `roadmaps/<slug>/roadmap.docx`: the roadmap as its own document — the approval stamp, the
/// title, the table with the document's columns.
public struct RoadmapDocumentPage: Sendable {
    /// «УТВЕРЖДЕНА», «приказом отдела образования», «от 05.09.2025 № 118»; empty when unapproved.
    public let stampLines: [String]
    public let title: String
    public let table: MeasuresTable
}
