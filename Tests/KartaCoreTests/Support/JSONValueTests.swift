import Foundation
import Testing
@testable import KartaCore

struct JSONValueTests {
    /// Each kind of character as a JSON string literal: escaped where JSON requires, the rest as is.
    @Test(arguments: [
        ("школа", #""школа""#),
        ("«кавычки» \"и\" \\", #""«кавычки» \"и\" \\""#),
        ("a\nb\rc\td", #""a\nb\rc\td""#),
        ("\u{1}\u{1F}\u{7F}", #""\u0001\u001f\#u{7F}""#),
        ("😀 ё", #""😀 ё""#),
        ("", #""""#)
    ])
    func quote(_ text: String, _ literal: String) throws {
        #expect(JSONText.quote(text) == literal)
        // And a JSON reader reads the text back.
        let read = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(read == [text])
    }

    /// Two-space indents, one value per line, keys in the order given, a line break at the end.
    @Test func documentLayout() {
        let value = JSONValue.object([
            ("b", .array([.int(1), .number(34.5), .null])), ("a", .object([("c", .bool(true)), ("d", .array([]))])),
            ("e", .object([])), ("f", .string("x\"y"))
        ])
        #expect(
            value.text == """
                {
                  "b": [
                    1,
                    34.5,
                    null
                  ],
                  "a": {
                    "c": true,
                    "d": []
                  },
                  "e": {},
                  "f": "x\\"y"
                }

                """)
        #expect(value.bytes == Array(value.text.utf8))
    }
}
