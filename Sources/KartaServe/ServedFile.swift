import KartaCore
import KartaSite

/// The file of the output folder a request names, and how to send it. Only files inside the
/// output are served: no `..`, no hidden files (karta's marker), no link that leads out.
struct ServedFile {
    let path: String
    let contentType: String

    /// - Parameter requestPath: the decoded path of the request, e.g. `/roadmaps/x/`.
    init?(requestPath: String, output: String) {
        let segments = requestPath.split(separator: "/", omittingEmptySubsequences: true)
        guard !requestPath.contains("\0"), !requestPath.contains("\\"),
            segments.allSatisfy({ !$0.hasPrefix(".") })
        else { return nil }
        let root = FileSystem.canonical(output)
        var path = root + (segments.isEmpty ? "" : "/" + segments.joined(separator: "/"))
        if FileSystem.isDirectory(path) { path += "/index.html" }
        // A link inside the output may lead anywhere: judge where it ends.
        let target = FileSystem.canonical(path)
        guard target.hasPrefix(root + "/"), FileSystem.isRegularFile(target) else { return nil }
        self.path = target
        contentType = Self.contentType(of: target)
    }

    var isPage: Bool { OutputFile.isPage(path) }

    static func contentType(of path: String) -> String {
        let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
        return switch ext {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "json": "application/json; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "ics": "text/calendar; charset=utf-8"
        case "txt", "md": "text/plain; charset=utf-8"
        case "pdf": "application/pdf"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "svg": "image/svg+xml"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "application/octet-stream"
        }
    }
}
