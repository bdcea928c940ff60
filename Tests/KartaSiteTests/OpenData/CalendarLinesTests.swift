import Testing
@testable import KartaSite

struct CalendarLinesTests {
    /// Folded before the 76th octet, never inside a UTF-8 sequence; unfolded, the line is whole.
    @Test(arguments: [
        String(repeating: "ж", count: 80), String(repeating: "a", count: 200),
        "Мера 😀" + String(repeating: "€", count: 40),
        String(repeating: "a", count: 67), String(repeating: "a", count: 68)
    ])
    func longLinesFold(value: String) throws {
        var lines = CalendarLines()
        lines.add("SUMMARY:", text: value)
        lines.add("END:VEVENT")
        let physical = lines.bytes.split(separator: 10, omittingEmptySubsequences: false).dropLast()
        for line in physical {
            #expect(line.last == 13)
            #expect(line.count - 1 <= 75)
            #expect(String(validating: line.dropLast(), as: UTF8.self) != nil, "a line ends inside a character")
        }
        // RFC 5545 unfolding: CRLF followed by a space is removed.
        let unfolded = lines.text.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded == "SUMMARY:\(value)\r\nEND:VEVENT\r\n")
        // 8 octets of name and 67 of value fill the first line exactly: no fold yet.
        if value.utf8.count == 67 { #expect(physical.count == 2) }
        if value.utf8.count == 68 { #expect(physical.count == 3) }
    }
}
