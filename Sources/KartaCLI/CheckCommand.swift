import ArgumentParser
import KartaCore
import KartaSite
import KartaTemplates

/// `karta check`: loads the content, prints every problem and a summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Проверить содержимое, отрисовать все страницы в памяти и показать все ошибки и предупреждения."
    )

    @Option(name: .long, help: ArgumentHelp("Папка с содержимым.", valueName: "папка"))
    var content = "content"

    @Option(name: .long, help: ArgumentHelp("Папка шаблонов, чьи стили заменяют встроенные в karta; без параметра — Templates рядом с папкой содержимого, если в ней есть стили.", valueName: "папка"))
    var templates: String?

    func run() throws {
        let check = SiteCheck.run(content: content, templates: templates,
                                  asOf: Today.date, theme: DefaultTheme())
        let report = check.formattedDiagnostics()
        if !report.isEmpty { Console.error(report) }
        Console.out(check.summary)
        if !check.succeeded { throw ExitCode.failure }
    }
}
