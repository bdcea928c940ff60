import Testing
@testable import KartaCore

/// The printed report stays small and fast whatever the input.
struct DiagnosticFormatterTests {
    static func diagnostic(line: Int, column: Int, file: String = "a.md") -> Diagnostic {
        Diagnostic(
            severity: .warning, location: SourceLocation(file: file, line: line, column: column),
            code: .missingFile, message: "файл не найден")
    }

    @Test func aHugeLineIsShownAroundTheColumn() {
        let text =
            "---\nwhen: " + String(repeating: "а", count: 1_000_000) + "X" + String(repeating: "б", count: 1_000)
            + "\n---\n"
        let column = 7 + 1_000_000
        let printed = DiagnosticFormatter(sources: ["a.md": text]).format(Self.diagnostic(line: 2, column: column))
        let lines = printed.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3)
        #expect(printed.count < 400)
        // The caret stands under the character the location names.
        let caret = lines[2].count - 1
        #expect(Array(lines[1])[caret] == "X")
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
    }

    @Test func eachFileShowsAtMostItsLimitAndCountsTheRest() {
        let text = String(repeating: "строка\n", count: 3_000)
        let diagnostics =
            (1...2_500).map { Self.diagnostic(line: $0, column: 1) } + [
                Self.diagnostic(line: 1, column: 1, file: "b.md")
            ]
        let printed = DiagnosticFormatter(sources: ["a.md": text]).format(diagnostics)
        #expect(printed.components(separatedBy: "предупреждение").count - 1 == DiagnosticFormatter.perFileLimit + 1)
        #expect(printed.contains("a.md: не показано сообщений об этом файле: 2400"))
        #expect(printed.hasSuffix("b.md:1:1: предупреждение: файл не найден"))
    }

    @Test func notesPointAtTheirOwnLines() {
        let text = "---\nschools: [a, b\ncurators: []\n---\n"
        var diagnostic = Diagnostic(
            severity: .error, location: SourceLocation(file: "a.md", line: 3, column: 9),
            code: .brokenYAML, message: "список не закрыт")
        diagnostic.notes = [Note("здесь открыт список", at: SourceLocation(file: "a.md", line: 2, column: 10))]
        #expect(
            DiagnosticFormatter(sources: ["a.md": text]).format(diagnostic) == """
                a.md:3:9: ошибка: список не закрыт
                curators: []
                        ^
                a.md:2:10: примечание: здесь открыт список
                schools: [a, b
                         ^
                """)
    }

    /// A problem of the file as a whole has no made-up `1:1` and no excerpt.
    @Test func aWholeFileHasNoPosition() {
        let diagnostic = Diagnostic(
            severity: .error, location: SourceLocation(file: "a.md"), code: .unreadable,
            message: "не удалось прочитать файл")
        #expect(
            DiagnosticFormatter(sources: ["a.md": "текст\n"]).format(diagnostic)
                == "a.md: ошибка: не удалось прочитать файл")
    }
}
