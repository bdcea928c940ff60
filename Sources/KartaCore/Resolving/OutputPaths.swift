/// Where each file of the site is written, relative to the output folder; the one place that
/// knows the layout. The files of each roadmap, school and order are resolved once into their
/// `…Paths` and read from there everywhere.
public enum OutputPaths {
    public static let index = "index.html"

    // Open data: the same content for programs and spreadsheets.
    public static let siteData = "data/site.json"
    public static let dataSchema = "data/schema.json"

    public static func roadmapFiles(_ slug: String) -> RoadmapPaths {
        RoadmapPaths(
            page: "roadmaps/\(slug)/index.html", report: "roadmaps/\(slug)/report.html",
            reportPDF: "roadmaps/\(slug)/report.pdf", reportDocx: "roadmaps/\(slug)/report.docx",
            document: "roadmaps/\(slug)/document.html",
            pdf: "roadmaps/\(slug)/roadmap.pdf", docx: "roadmaps/\(slug)/roadmap.docx",
            data: "data/roadmaps/\(slug).json", calendar: "roadmaps/\(slug)/calendar.ics",
            table: "roadmaps/\(slug)/measures.csv", indicators: "roadmaps/\(slug)/indicators.csv")
    }

    public static func schoolFiles(_ slug: String) -> SchoolPaths {
        SchoolPaths(
            page: "schools/\(slug)/index.html", fragment: "schools/\(slug)/fragment.html",
            calendar: "schools/\(slug)/calendar.ics")
    }

    public static func orderFiles(_ slug: String) -> OrderPaths {
        OrderPaths(
            page: "orders/\(slug)/index.html", pdf: "orders/\(slug)/order.pdf", docx: "orders/\(slug)/order.docx")
    }

    /// `../../` for `roadmaps/x/index.html`: the way from a page to the site root.
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// `measures.csv` for `roadmaps/x/measures.csv`: the link to a file from a page in its folder.
    public static func name(of path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
