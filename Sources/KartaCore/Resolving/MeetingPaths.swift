/// Every file the site writes for a meeting, relative to the output folder (`OutputPaths`).
public struct MeetingPaths: Sendable, Hashable {
    /// The protocol.
    public let page: String
    /// The printed protocol (`--pdf`) and the Word document (`--docx`).
    public let pdf: String
    public let docx: String

    init(slug: String) {
        page = "meetings/\(slug)/index.html"
        pdf = "meetings/\(slug)/protocol.pdf"
        docx = "meetings/\(slug)/protocol.docx"
    }
}
