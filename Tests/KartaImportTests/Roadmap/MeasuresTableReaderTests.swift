import Testing
@testable import KartaImport

struct MeasuresTableReaderTests {
    @Test(arguments: [("1.1.", "1.1"), ("8.", "8"), (" 3 ", "3"), ("I", "I")])
    func numbersLoseTheirDots(_ text: String, _ number: String) {
        #expect(MeasuresTableReader.number(text) == number)
    }

    /// A stage row keeps its number; a term in brackets that names a month becomes the stage's term.
    @Test(arguments: [
        ("Организационный этап (январь-май)", "Организационный этап", "январь-май"),
        ("1. Раздел  диагностики", "1. Раздел диагностики", ""),
        ("Этап (по согласованию)", "Этап (по согласованию)", ""),
        ("Этап 2 (2025)", "Этап 2 (2025)", "")
    ])
    func stageRowsGiveTitleAndTerm(_ text: String, _ title: String, _ when: String) {
        let stage = MeasuresTableReader.stage(from: text)
        #expect(stage.title == title)
        #expect(stage.when == when)
    }
}
