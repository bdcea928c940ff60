import Testing
import KartaSite

struct MarkdownRendererTests {
    @Test func appliesTypographyToTextButNotCode() {
        let html = MarkdownRenderer.html("Проект \"500+\" и `\"код\"`\n\n```\n\"блок\" - 1\n```", root: "")
        #expect(html.contains("Проект «500+» и <code>&quot;код&quot;</code>"))
        #expect(html.contains("<pre><code>&quot;блок&quot; - 1\n</code></pre>"))
    }

    @Test(arguments: [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[ссылка](javascript:alert(1))",
        "[ссылка](JaVaScRiPt:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "![картинка](javascript:alert(1))",
        "<iframe src=\"https://evil.example\"></iframe>",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html;base64,PHNjcmlwdD4=)"
    ])
    func neverYieldsScript(_ markdown: String) {
        let html = MarkdownRenderer.html(markdown, root: "../../").lowercased()
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("vbscript:"))
        #expect(!html.contains("data:text"))
        #expect(!html.contains("onerror="))
        #expect(!html.contains("<iframe"))
    }

    @Test func localLinksBecomeRelativeToThePage() {
        #expect(
            MarkdownRenderer.html("[план](files/plan.pdf)", root: "../../")
                == "<p><a href=\"../../files/plan.pdf\">план</a></p>\n")
        #expect(
            MarkdownRenderer.html("[вне](../../../etc/passwd)", root: "../../")
                == "<p><a href=\"\">вне</a></p>\n")
        #expect(
            MarkdownRenderer.html("[сайт](https://example.org)", root: "../../")
                == "<p><a href=\"https://example.org\">сайт</a></p>\n")
    }

    @Test func externalImagesAreNotLoaded() {
        let html = MarkdownRenderer.html("![логотип](https://tracker.example/x.png)", root: "")
        #expect(!html.contains("tracker.example"))
    }
}
