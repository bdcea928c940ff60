import Testing
@testable import KartaCore

/// What an `href` from content may be: judged as the browser will read it.
struct LinkCheckerTests {
    static let cases: [(String, LinkChecker.Target)] = [
        ("files/plan.pdf", .local("files/plan.pdf")),
        ("files/%D0%BF%D0%BB%D0%B0%D0%BD.pdf", .local("files/%D0%BF%D0%BB%D0%B0%D0%BD.pdf")),
        ("files/plan.pdf#page=2", .local("files/plan.pdf")),
        ("https://example.org/a", .external),
        ("mailto:school@example.org", .external),
        ("../etc/passwd", .unsafe),
        ("files/../../etc/passwd", .unsafe),
        ("files/%2e%2e/%2e%2e/etc/passwd", .unsafe),
        ("files/%2E%2E%2F%2E%2E%2Fetc/passwd", .unsafe),
        ("files/.%2e/x", .unsafe),
        ("files/%5c..%5cx", .unsafe),
        ("files/100%.pdf", .unsafe),
        ("/etc/passwd", .unsafe),
        ("javascript:alert(1)", .unsafe),
        ("JaVaScRiPt:alert(1)", .unsafe),
        ("data:text/html,<script>", .unsafe),
        ("", .unsafe)
    ]

    @Test(arguments: cases)
    func classifies(href: String, expected: LinkChecker.Target) {
        #expect(LinkChecker.classify(href) == expected)
    }

    @Test func aLinkFindsOnlyPublishedFiles() {
        var diagnostics = Diagnostics()
        let location = SourceLocation(file: "a.md", line: 3, column: 9)
        LinkChecker.check("files/%D0%BF.pdf", at: location, published: ["files/п.pdf"], into: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        LinkChecker.check("files/index.html", at: location, published: ["files/п.pdf"], into: &diagnostics)
        #expect(diagnostics.all.map(\.code) == [.missingFile])
        #expect(diagnostics.all.first?.location == location)
    }
}
