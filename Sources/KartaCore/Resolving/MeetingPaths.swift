/// Every file the site writes for a meeting, relative to the output folder (`OutputPaths`).
public struct MeetingPaths: Sendable, Hashable {
    /// The protocol.
    public let page: String
    /// The printed protocol (`--pdf`) and the Word document (`--docx`).
    public let pdf: String
    public let docx: String
    /// The materials for the meeting: the roadmaps as of its date, indicators, earlier decisions.
    public let materials: String
    private let folder: String

    /// «Выписка из протокола» of one agenda item (from 0), for the schools its decisions name.
    public func extract(_ item: Int) -> String { "\(folder)/vypiska-\(item + 1).html" }

    init(slug: String) {
        folder = "meetings/\(slug)"
        page = "meetings/\(slug)/index.html"
        pdf = "meetings/\(slug)/protocol.pdf"
        docx = "meetings/\(slug)/protocol.docx"
        materials = "meetings/\(slug)/materials.html"
    }
}
