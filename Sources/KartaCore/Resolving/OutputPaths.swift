/// Where each page of the site is written, relative to the output folder; the one place that
/// knows the layout.
public enum OutputPaths {
    public static let index = "index.html"
    public static func roadmap(_ slug: String) -> String { "roadmaps/\(slug)/index.html" }
    public static func report(_ slug: String) -> String { "roadmaps/\(slug)/report.html" }
    public static func reportPDF(_ slug: String) -> String { "roadmaps/\(slug)/report.pdf" }
    public static func school(_ slug: String) -> String { "schools/\(slug)/index.html" }
    public static func fragment(_ slug: String) -> String { "schools/\(slug)/fragment.html" }
    public static func order(_ slug: String) -> String { "orders/\(slug)/index.html" }
    public static func orderPDF(_ slug: String) -> String { "orders/\(slug)/order.pdf" }
    /// The roadmap as its own editable Word document, written by `--docx`.
    public static func roadmapDocx(_ slug: String) -> String { "roadmaps/\(slug)/roadmap.docx" }
    /// The order with its appendices as an editable Word document, written by `--docx`.
    public static func orderDocx(_ slug: String) -> String { "orders/\(slug)/order.docx" }

    // Open data: the same content for programs and spreadsheets.
    public static let siteData = "data/site.json"
    public static let dataSchema = "data/schema.json"
    public static func roadmapData(_ slug: String) -> String { "data/roadmaps/\(slug).json" }
    public static func roadmapCalendar(_ slug: String) -> String { "roadmaps/\(slug)/calendar.ics" }
    public static func roadmapCSV(_ slug: String) -> String { "roadmaps/\(slug)/measures.csv" }
    public static func schoolCalendar(_ slug: String) -> String { "schools/\(slug)/calendar.ics" }

    /// `../../` for `roadmaps/x/index.html`: the way from a page to the site root.
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
