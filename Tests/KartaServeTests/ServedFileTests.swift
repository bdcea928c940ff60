import Foundation
import KartaTestSupport
import Testing
@testable import KartaServe

struct ServedFileTests {
    @Test(
        arguments: [
            ("/", "index.html"),
            ("/roadmaps/a/", "roadmaps/a/index.html"),
            ("/roadmaps/a", "roadmaps/a/index.html"),
            ("/assets/site.css", "assets/site.css"),
            ("/../secret.txt", nil),
            ("/roadmaps/../../secret.txt", nil),
            ("/.karta", nil),
            ("/roadmaps/.hidden/index.html", nil),
            ("/out/passwd", nil),
            ("/nowhere.html", nil),
            ("/a\\..\\secret.txt", nil)
        ] as [(String, String?)])
    func onlyFilesInsideTheOutputAreServed(request: String, expected: String?) throws {
        let root = try ScratchFolder.make(
            "served",
            files: [
                "site/index.html": "<html></html>", "site/roadmaps/a/index.html": "<p>", "site/assets/site.css": "p{}",
                "site/.karta": "karta", "site/roadmaps/.hidden/index.html": "x", "secret.txt": "тайна",
                "outside/passwd": "x"
            ])
        try FileManager.default.createSymbolicLink(
            atPath: root.path + "/site/out", withDestinationPath: root.path + "/outside")
        let served = ServedFile(requestPath: request, output: root.path + "/site")
        let output = root.resolvingSymlinksInPath().path + "/site/"
        #expect(served.map { String($0.path.dropFirst(output.count)) } == expected)
    }

    @Test func theScriptGoesBeforeTheLastClosingBody() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></body></html>".utf8)
        let served = String(decoding: LiveReload.inject(into: page), as: UTF8.self)
        #expect(served.hasPrefix("<html><body><p>&lt;/body&gt;</p><script id=\"karta-live-reload\">"))
        #expect(served.hasSuffix("</script>\n</body></html>"))
    }

    @Test func eventsSplitMultilineDataIntoDataLines() {
        let event = String(
            decoding: EventStream.event("problems", data: "a.md:1:2: ошибка\nстрока\n  ^"), as: UTF8.self)
        #expect(event == "event: problems\ndata: a.md:1:2: ошибка\ndata: строка\ndata:   ^\n\n")
    }
}
