@testable import KartaSite
import Testing

/// The blocks a Word document is written from, straight from cmark's tree.
struct MarkdownBlocksTests {
    @Test(
        arguments: [
            (
                "В соответствии с приказом\nот 20.08.2025",
                [TextBlock(kind: .paragraph, text: "В соответствии с приказом от 20.08.2025")]
            ),
            (
                "ПРИКАЗЫВАЮ:\n\n1. Утвердить план\n   на год.\n2. Контроль оставляю за собой.",
                [
                    TextBlock(kind: .paragraph, text: "ПРИКАЗЫВАЮ:"),
                    TextBlock(kind: .item, text: "1. Утвердить план на год."),
                    TextBlock(kind: .item, text: "2. Контроль оставляю за собой.")
                ]
            ),
            (
                "3. Третий\n   1. вложенный\n   2. второй",
                [
                    TextBlock(kind: .item, text: "3. Третий"), TextBlock(kind: .item, text: "3.1. вложенный"),
                    TextBlock(kind: .item, text: "3.2. второй")
                ]
            ),
            ("- один\n- два", [TextBlock(kind: .item, text: "• один"), TextBlock(kind: .item, text: "• два")]),
            (
                "## Заголовок\n\nТекст  \nс переносом",
                [TextBlock(kind: .heading, text: "Заголовок"), TextBlock(kind: .paragraph, text: "Текст\nс переносом")]
            ),
            (
                "<script>alert(1)</script>\n\n«Кавычки» & \"прямые\"",
                [TextBlock(kind: .paragraph, text: "«Кавычки» & «прямые»")]
            )
        ] as [(String, [TextBlock])])
    func blocksAreTheDocumentsParagraphs(markdown: String, expected: [TextBlock]) {
        // The structure is tested here; where the typography puts no-break spaces, in its own tests.
        let blocks = MarkdownRenderer.blocks(markdown).map {
            TextBlock(kind: $0.kind, text: $0.text.replacingOccurrences(of: "\u{00A0}", with: " "))
        }
        #expect(blocks == expected)
    }

    /// The typography is the page's: the same quotes and dashes as the HTML.
    @Test func typographyIsThePages() {
        let markdown = "Приказ \"Об утверждении\" - 2025 год"
        let html = MarkdownRenderer.html(markdown, root: "")
        #expect(html == "<p>\(MarkdownRenderer.blocks(markdown)[0].text)</p>\n")
    }
}
