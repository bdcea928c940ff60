import Testing
@testable import KartaCore

struct DocumentSplitTests {
    /// (file, front matter, body) — nil front matter: the file is refused.
    @Test(
        arguments: [
            ("---\na: 1\n---\nТекст\n", "a: 1\n", "Текст\n"),
            ("---  \na: 1\n...\n\n\nТекст", "a: 1\n", "Текст"),
            ("---\na: 1\n  ---\t\nТекст", "a: 1\n", "Текст"),
            ("---\n---\n", "", ""),
            ("---\nа: «ё»\n---", "а: «ё»\n", ""),
            ("---\na: 1\n----\nb: 2\n---\n", "a: 1\n----\nb: 2\n", ""),
            ("---\na: 1\n", nil, nil),
            ("a: 1\n---\n", nil, nil),
            ("", nil, nil)
        ] as [(String, String?, String?)])
    func split(_ text: String, _ frontMatter: String?, _ body: String?) {
        switch Document.split(text, path: "x.md") {
        case .success(let document):
            #expect(document.frontMatter == frontMatter)
            #expect(document.body == body)
            #expect(document.text == text)
        case .failure(let diagnostic):
            #expect(frontMatter == nil, "\(diagnostic.message)")
        }
    }
}
