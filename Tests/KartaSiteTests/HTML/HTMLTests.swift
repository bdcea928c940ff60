import KartaSite
import Testing

/// Interpolating text escapes it; interpolating `HTML` inserts it; the helpers add nothing when empty.
struct HTMLTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"),
        ("\"a\" & «б»", "&quot;a&quot; &amp; «б»"),
        ("", ""),
        ("Школа № 1", "Школа № 1")
    ])
    func textIsEscaped(_ text: String, _ expected: String) {
        let html: HTML = "<p title=\"\(text)\">\(text)</p>"
        #expect(html.text == "<p title=\"\(expected)\">\(expected)</p>")
    }

    @Test func htmlIsInsertedAsItIs() {
        let inner: HTML = "<b>\("a<b")</b>"
        let outer: HTML = "<p>\(inner)\(HTML(raw: "<i>x</i>"))\(42)</p>"
        #expect(outer.text == "<p><b>a&lt;b</b><i>x</i>42</p>")
    }

    @Test func helpersAddNothingForEmptyValues() {
        let none: String? = nil
        let empty: HTML =
            "[\(if: false, "x")\(ifLet: none, { "\($0)" })\(nonEmpty: "", { "\($0)" })\(each: [String](), { "\($0)" })]"
        #expect(empty.text == "[]")
        let some: HTML =
            "[\(if: true, "x")\(ifLet: Optional("<y>"), { "\($0)" })\(nonEmpty: "z", { "(\($0))" })\(each: ["1", "2"], { "<i>\($0)</i>" })]"
        #expect(some.text == "[x&lt;y&gt;(z)<i>1</i><i>2</i>]")
    }
}
