import Testing
import KartaCore

struct LocalDateTests {
    @Test(arguments: [
        ("2023-09-29", "2023-09-29"), ("29.09.2023", "2023-09-29"), ("1.9.2023", "2023-09-01"),
        ("29.09.2023 г.", "2023-09-29"), ("2024-02-29", "2024-02-29")
    ])
    func parses(_ text: String, _ iso: String) {
        #expect(LocalDate(parsing: text)?.iso == iso)
    }

    @Test(arguments: ["2023-02-29", "2023-13-01", "32.01.2023", "завтра", "2023-9-1", ""])
    func rejects(_ text: String) {
        #expect(LocalDate(parsing: text) == nil)
    }

    @Test func dayNumbersRoundTrip() {
        var date = LocalDate(year: 1999, month: 12, day: 25)!
        for _ in 0..<2000 {
            #expect(LocalDate(dayNumber: date.dayNumber) == date)
            date = date.adding(days: 1)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(LocalDate(year: 2026, month: 11, day: 23)!.weekday == 0)
    }

    @Test func russianForms() {
        let date = LocalDate(year: 2023, month: 9, day: 29)!
        #expect(date.russianNumeric == "29.09.2023")
        #expect(date.russianVerbal == "29\u{A0}сентября\u{A0}2023\u{A0}г.")
    }
}
