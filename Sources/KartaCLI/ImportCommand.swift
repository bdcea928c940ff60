import ArgumentParser
import KartaCore
import KartaImport

/// `karta import`: content files from a roadmap or order copied as text from Word.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Импортировать дорожную карту (и приказ, и школы) из текста документа Word.",
        discussion:
            "Таблица должна быть скопирована как текст: ячейки разделены табуляцией, первая строка — заголовки столбцов."
    )

    @Argument(help: ArgumentHelp("Текстовый файл с документом.", valueName: "файл"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Папка с содержимым для новых файлов.", valueName: "папка"))
    var into = "content"

    @Option(
        name: .long,
        help: ArgumentHelp("Адрес (slug) дорожной карты; по умолчанию — из имени файла.", valueName: "адрес"))
    var slug: String?

    @OptionGroup var periodOptions: PeriodOptions

    @Flag(name: .long, help: "Перезаписать существующие файлы.")
    var force = false

    func run() throws {
        switch Importer.run(
            ImportOptions(file: file, into: into, slug: slug, period: periodOptions.period, force: force))
        {
        case .success(let report):
            Console.out(report.summary)
            Console.out("Проверьте файлы и запустите «karta check --content \(into)».")
        case .failure(let diagnostics):
            Console.error(DiagnosticFormatter(sources: [:]).format(diagnostics.sorted))
            throw ExitCode.failure
        }
    }
}
