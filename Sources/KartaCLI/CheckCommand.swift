import ArgumentParser
import KartaCore

/// `karta check`: loads the content, prints every problem and a summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Проверить содержимое и показать все ошибки и предупреждения."
    )

    @Option(name: .long, help: ArgumentHelp("Папка с содержимым.", valueName: "папка"))
    var content = "content"

    func run() throws {
        let loaded = ContentLoader.load(from: content)
        let report = loaded.formattedDiagnostics()
        if !report.isEmpty { Console.error(report) }
        Console.out(loaded.summary)
        if loaded.diagnostics.hasErrors { throw ExitCode.failure }
    }
}
