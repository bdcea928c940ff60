import Foundation
import Testing

/// One small page of each kind, compared with reviewed files in `Golden/`.
/// Re-record after a reviewed change with `KARTA_RECORD_GOLDEN=1 swift test --filter GoldenPageTests`.
struct GoldenPageTests {
    static let pages = [
        ("index.html", "index.html"),
        ("roadmaps/plan/index.html", "roadmap.html"),
        ("schools/shkola-1/index.html", "school.html"),
        ("schools/shkola-1/fragment.html", "school-fragment.html"),
        ("orders/prikaz-7/index.html", "order.html"),
        ("roadmaps/plan/report.html", "report.html"),
        ("roadmaps/plan/document.html", "roadmap-document.html"),
        ("meetings/sovet-1/index.html", "protocol.html"),
        ("meetings/sovet-1/vypiska-1.html", "protocol-extract.html")
    ]

    @Test(arguments: pages)
    func pageMatchesGolden(_ page: (String, String)) throws {
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(
            content: SiteFixture.testsRoot.appendingPathComponent("Fixtures/mini/content").path, output: output)
        #expect(result.succeeded, "\(result.formattedDiagnostics())")
        let actual = try String(contentsOfFile: output + "/" + page.0, encoding: .utf8)
        let golden = SiteFixture.testsRoot.appendingPathComponent("Pipeline/Golden/" + page.1)
        if ProcessInfo.processInfo.environment["KARTA_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(actual == expected)
    }
}
