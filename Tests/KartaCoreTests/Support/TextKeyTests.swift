import Testing
import KartaCore

struct TextKeyTests {
    @Test(arguments: [
        ("", ""), ("a", "a"), ("Школа", "Школа"), ("«500+» — 🎓", "«500+» — 🎓"),
        (String(repeating: "длинная строка ", count: 40), String(repeating: "длинная строка ", count: 40))
    ])
    func equalTextsAreEqualKeysWithEqualHashes(_ left: String, _ right: String) {
        #expect(TextKey(left) == TextKey(right))
        #expect(TextKey(left).hashValue == TextKey(right).hashValue)
    }

    @Test(arguments: [("a", "b"), ("Школа", "школа"), ("ab", "abc"), ("", " "), ("е", "ё")])
    func differentTextsAreDifferentKeys(_ left: String, _ right: String) {
        #expect(TextKey(left) != TextKey(right))
    }

    /// A cache keyed by bytes does not merge canonically equivalent spellings, unlike `String`:
    /// each is typeset on its own, which gives the same result.
    @Test func comparesBytesNotCanonicalEquivalence() {
        let composed = "\u{0419}"  // Й
        let decomposed = "\u{0418}\u{0306}"  // И + combining breve
        #expect(composed == decomposed)
        #expect(TextKey(composed) != TextKey(decomposed))
    }

    @Test func worksAsADictionaryKey() {
        var typeset: [TextKey: Int] = [:]
        for (index, word) in ["раз", "два", "три", "раз"].enumerated() { typeset[TextKey(word)] = index }
        #expect(typeset.count == 3)
        #expect(typeset[TextKey("раз")] == 3)
        #expect(typeset[TextKey(String("—раз".dropFirst()))] == 3)
    }
}
