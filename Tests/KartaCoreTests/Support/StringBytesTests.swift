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
        ("ёлка ё", "ё", "е", "елка е"), ("xab", "ab", "c", "xc"), ("abab", "abc", "d", "abab")
    ])
    func replacingAll(_ text: String, _ target: String, _ replacement: String, _ expected: String) {
        #expect(text.replacingAll(target, with: replacement) == expected)
    }
}

extension StringBytesTests {
    /// `|` marks where the search starts; the answer is the index of the first `;` from there.
    @Test(arguments: [
        ("|a;b;", 1), ("a;|b;", 3), ("a;b;|", nil), ("|", nil), ("|;", 0), ("ж|ж;", 4), ("|ж", nil)
    ])
    func firstIndexFromAnOffset(_ marked: String, _ expected: Int?) {
        let offset = marked.utf8.firstIndex(of: UInt8(ascii: "|")).map {
            marked.utf8.distance(from: marked.startIndex, to: $0)
        }!
        let bytes = Array(marked.utf8).filter { $0 != UInt8(ascii: "|") }
        bytes.withUnsafeBufferPointer { buffer in
            #expect(buffer.firstIndex(of: UInt8(ascii: ";"), from: offset) == expected)
            #expect(buffer.firstIndex(of: UInt8(ascii: ";"), from: buffer.count + 1) == nil)
        }
    }
}
