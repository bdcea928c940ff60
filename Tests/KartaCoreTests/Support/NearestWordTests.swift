import Testing
import KartaCore

struct NearestWordTests {
    @Test(arguments: [
        ("responsibel", "responsible"), ("tittle", "title"), ("shcools", "schools"), ("stauts", "status")
    ])
    func suggests(_ typo: String, _ expected: String) {
        #expect(
            NearestWord.find(typo, among: ["title", "when", "responsible", "result", "status", "schools"]) == expected)
    }

    @Test func staysSilentWhenNothingIsClose() {
        #expect(NearestWord.find("colour", among: ["title", "when", "responsible"]) == nil)
    }
}
