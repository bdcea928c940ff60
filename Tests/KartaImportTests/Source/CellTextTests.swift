import Testing
@testable import KartaImport

struct CellTextTests {
    /// HTML remnants of a copy, bold marks, no-break and double spaces are cleaned; a clean cell is
    /// returned as it is.
    @Test(arguments: [
        ("<p>Семинар</p> <p>для учителей</p>", " ", "Семинар для учителей"),
        ("<p>Семинар</p><br/><p>для учителей</p>", "; ", "Семинар; для учителей"),
        ("**Организационный этап**", " ", "Организационный этап"),
        ("  Март\u{00A0}\u{00A0}2025 \r", " ", "Март 2025"),
        ("Уже чистый текст", " ", "Уже чистый текст"),
        ("a < b", " ", "a")
    ])
    func cellsAreCleaned(_ text: String, _ separator: String, _ cleaned: String) {
        #expect(CellText.clean(text, paragraphSeparator: separator) == cleaned)
    }

    @Test(arguments: ["Текст", "Два слова"])
    func aCleanCellIsKnownWithoutCleaning(_ text: String) {
        #expect(CellText.isClean(text))
    }

    @Test(arguments: ["Текст ", "Два  слова", "**жирный**", "<p>абзац</p>", "Март\u{00A0}2025", "строка\r"])
    func aCellThatNeedsCleaningIsSeen(_ text: String) {
        #expect(!CellText.isClean(text))
    }

    /// A cell broken by a page: a hyphen at the end joins without a space, anything else with one.
    @Test(arguments: [
        ("Февраль-", "декабрь", "Февраль-декабрь"),
        ("Февраль -", "декабрь", "Февраль - декабрь"),
        ("Семинар для", "учителей", "Семинар для учителей"),
        ("", "декабрь", "декабрь"),
        ("Февраль", "", "Февраль")
    ])
    func continuationsJoin(_ first: String, _ second: String, _ joined: String) {
        #expect(CellText.join(first, second) == joined)
    }

    @Test func footnoteMarksAreRemoved() {
        #expect(CellText.withoutFootnoteMarks("Проект «500+»¹ *") == "Проект «500+»")
    }
}
