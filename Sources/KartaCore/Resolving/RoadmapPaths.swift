/// Every file the site writes for a roadmap, relative to the output folder (`OutputPaths`).
public struct RoadmapPaths: Sendable, Hashable {
    public let page: String
    /// The monitoring report «по состоянию на», and its PDF (`--pdf`).
    public let report: String
    public let reportPDF: String
    /// The report as a Word document (`--docx`).
    public let reportDocx: String
    /// The roadmap as its own printable document, and that printed to PDF (`--pdf`).
    public let document: String
    public let pdf: String
    /// The roadmap as a Word document (`--docx`).
    public let docx: String
    /// Open data: JSON, iCalendar, CSV.
    public let data: String
    public let calendar: String
    public let table: String
    /// Its indicators' values for a spreadsheet, when it declares indicators.
    public let indicators: String
}
