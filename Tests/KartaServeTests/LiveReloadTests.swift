import Testing
@testable import KartaServe

struct LiveReloadTests {
    /// The script goes before the last `</body>` (a page may quote the tag earlier, in a code
    /// sample), or at the end of a page without one; nothing else of the page changes.
    @Test(arguments: [
        ("<html><body><p>a</p></body></html>", "<html><body><p>a</p>", "</body></html>"),
        ("<pre>&lt;/body&gt;</pre><p></body></p></body>\n", "<pre>&lt;/body&gt;</pre><p></body></p>", "</body>\n"),
        ("<p>фрагмент</p>", "<p>фрагмент</p>", ""),
        ("", "", "")
    ])
    func theScriptGoesBeforeTheLastBodyEnd(_ page: String, _ before: String, _ after: String) {
        let injected = String(decoding: LiveReload.inject(into: Array(page.utf8)), as: UTF8.self)
        #expect(injected == before + LiveReload.script + after)
        #expect(LiveReload.script.contains(LiveReload.eventsPath))
    }
}
