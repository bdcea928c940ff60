import ArgumentParser
@testable import KartaCLI
import Testing

/// argument-parser's own messages come out in Russian: these fail when an update of the library
/// changes a message the translation knows.
struct ParserMessagesTests {
    /// What `karta` prints for arguments that stop at parsing or ask for help, through the same
    /// path as the executable (`--help` parses into argument-parser's help command, which throws).
    static func message(_ arguments: [String]) -> String {
        do {
            var command = try KartaCommand.parseAsRoot(arguments)
            try command.run()
            Issue.record("\(arguments) ran")
            return ""
        } catch {
            return ParserMessages.russian(KartaCommand.fullMessage(for: error, columns: 80))
        }
    }

    static let errors: [(arguments: [String], firstLine: String)] = [
        (["build", "--foo"], "ошибка: неизвестный параметр «--foo»; может быть, «--pdf»?"),
        (["build", "--zzzzzz"], "ошибка: неизвестный параметр «--zzzzzz»"),
        (["build", "-x"], "ошибка: неизвестный параметр «-x»"),
        (["build", "--content"], "ошибка: не указано значение параметра «--content <папка>»"),
        (["build", "--pdf=1"], "ошибка: параметр «--pdf» не принимает значения, а указано «1»"),
        (["build", "--as-of", "2026-13-01"], "ошибка: дата «2026-13-01» не распознана; пишите ГГГГ-ММ-ДД"),
        (["serve", "--port", "-1"], "ошибка: значение «-1» не подходит для «--port <номер>»"),
        (["build", "--as-of", "9999-12-31"], "ошибка: дата «9999-12-31» вне 1990–2100 годов; проверьте год"),
        (["check", "--as-of", "1900-01-01"], "ошибка: дата «1900-01-01» вне 1990–2100 годов; проверьте год"),
        (["import", "plan.txt", "--year", "99999"], "ошибка: год 99999 вне 1990–2100; проверьте год"),
        (
            ["import", "plan.txt", "--academic-year", "3000-3001"],
            "ошибка: учебный год «3000-3001» вне 1990–2100 годов; проверьте годы"
        ),
        (["frob"], "ошибка: лишний аргумент «frob»"),
        (["when", "a", "b", "c"], "ошибка: лишние аргументы: «b», «c»"),
        (["when"], "ошибка: не указан аргумент «<срок>»"),
        (["when", "март", "--year", "x"], "ошибка: значение «x» не подходит для «--year <год>»")
    ]

    @Test(arguments: errors)
    func parsingErrorIsInRussian(arguments: [String], firstLine: String) {
        let lines = Self.message(arguments).split(separator: "\n").map(String.init)
        #expect(lines.first == firstLine)
        #expect(lines.contains { $0.hasPrefix("Вызов: karta ") })
        #expect(lines.last?.hasPrefix("  Подробнее: karta ") == true)
    }

    @Test func hintNamesTheOption() {
        #expect(Self.message(["build", "--content"]).contains("\nСправка:  --content <папка>  Папка с содержимым.\n"))
    }

    @Test(arguments: [[], ["build"], ["check"], ["serve"], ["diff"], ["when"], ["import"]])
    func helpIsInRussian(command: [String]) {
        let help = Self.message(command + ["--help"])
        #expect(help.hasPrefix("ОПИСАНИЕ: "))
        #expect(help.contains("\nВЫЗОВ: karta "))
        #expect(help.contains("  -h, --help              Показать эту справку.\n"))
        #expect(Self.englishWords(in: help).isEmpty, "\(help)")
        let long = help.split(separator: "\n").filter { $0.count > 80 && !$0.hasPrefix("ВЫЗОВ: ") }
        #expect(long.isEmpty, "the translation made lines longer than the 80 columns they were wrapped to")
    }

    @Test func defaultsAndSubcommandsAreTranslated() {
        #expect(
            Self.message(["build", "--help"]).contains(
                "--content <папка>       Папка с содержимым. (по умолчанию: content)\n"))
        let root = Self.message(["--help"])
        #expect(root.contains("\nКОМАНДЫ:\n"))
        #expect(root.contains("ВЫЗОВ: karta <команда>"))
        #expect(root.hasSuffix("\n\n  Справка по команде: karta help <команда>"))
    }

    @Test func otherTextIsLeftAsItWas() {
        let script = Self.message(["--generate-completion-script", "bash"])
        #expect(script.hasPrefix("#!/bin/bash"))
        #expect(script == KartaCommand.completionScript(for: .bash))
        #expect(ParserMessages.russian("0.1.0") == "0.1.0")
    }

    /// Latin words of a help screen other than option names, placeholders and the names karta
    /// and its files use.
    static func englishWords(in text: String) -> [String] {
        let allowed: Set = [
            "karta", "help", "check", "build", "diff", "git", "HEAD", "text", "markdown", "json",
            "when", "import", "init", "serve", "content", "Templates", "output", "make", "swift", "Ctrl", "C",
            "as_of", "site", "yml", "slug", "PDF", "Chromium", "JSON", "Word",
            // File formats by their extensions.
            "docx", "doc", "odt", "rtf"
        ]
        let withoutOptions = text.replacing(#/--?[a-z][a-z-]*/#, with: "")
        return withoutOptions.matches(of: #/[A-Za-z_]+/#).map { String($0.output) }.filter { !allowed.contains($0) }
    }
}
