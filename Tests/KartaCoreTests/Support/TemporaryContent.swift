import Foundation
import KartaTestSupport

/// A content folder written to a fresh temporary directory for one test.
struct TemporaryContent {
    let root: String

    static let site = """
    title: Тестовый сайт
    organization: Отдел образования
    as_of: 2026-02-02
    """

    init(_ files: [String: String], withSite: Bool = true) throws {
        root = try ScratchFolder.make("content").path
        var all = files
        if withSite && all["site.yml"] == nil { all["site.yml"] = Self.site }
        for (path, text) in all {
            try write(Data(text.utf8), to: path)
        }
    }

    func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: root + "/" + path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func path(_ relative: String) -> String { root + "/" + relative }
}
