import Testing
@testable import KartaCore

struct StringBytesTests {
    /// Small strings (held inline), long ones and slices made into strings answer alike.
    @Test(arguments: [
        ("", false), ("abc", false), ("a;b", true), ("ё", false), (String(repeating: "ж", count: 500) + ";", true),
        (String(String(repeating: "x;", count: 40).dropFirst(1).prefix(1)), true),
        (String(repeating: "ж", count: 500), false)
    ])
    func containsByte(_ text: String, _ expected: Bool) {
        #expect(text.containsByte { $0 == UInt8(ascii: ";") } == expected)
        #expect(text.containsByte { $0 == UInt8(ascii: ";") } == text.utf8.contains(UInt8(ascii: ";")))
    }
}

extension StringBytesTests {
    @Test(arguments: [
        (
            "<p>ПРИКАЗЫВАЮ:</p><p>ПРИКАЗЫВАЮ:</p>", "<p>ПРИКАЗЫВАЮ:</p>", "<p class=\"command\">ПРИКАЗЫВАЮ:</p>",
            "<p class=\"command\">ПРИКАЗЫВАЮ:</p><p class=\"command\">ПРИКАЗЫВАЮ:</p>"
        ),
        ("нет ничего", "<p>", "x", "нет ничего"), ("aaa", "aa", "b", "ba"), ("", "a", "b", ""), ("ab", "", "x", "ab"),
        ("ёлка ё", "ё", "е", "елка е")
    ])
    func replacingAll(_ text: String, _ target: String, _ replacement: String, _ expected: String) {
        #expect(text.replacingAll(target, with: replacement) == expected)
    }
}
