import ArgumentParser
import KartaCore
import KartaSite
import KartaTemplates

/// `karta check`: loads the content as `karta build` with the same options would, prints every
/// problem and a summary.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Проверить содержимое, отрисовать все страницы в памяти и показать все ошибки и предупреждения."
    )

    @OptionGroup var folders: SiteFolderOptions

    func run() throws {
        let check = SiteCheck.run(folders.buildOptions, theme: DefaultTheme())
        let report = check.formattedDiagnostics()
        if !report.isEmpty { Console.error(report) }
        Console.out(check.summary)
        if !check.succeeded { throw ExitCode.failure }
    }
}
