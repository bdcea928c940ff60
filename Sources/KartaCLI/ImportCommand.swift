import ArgumentParser
import KartaCore
import KartaImport

/// `karta import`: content files from a roadmap, an order or a protocol in Word or as text.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Импортировать дорожную карту (с приказом и школами), приказ или протокол совещания из документа Word или его текста.",
        discussion:
            "Дорожная карта узнаётся по таблице мероприятий (первая строка — заголовки «№ | Мероприятие | Сроки …»; в тексте "
            + "ячейки разделены табуляцией). Документ без такой таблицы импортируется как приказ («ПРИКАЗ … ПРИКАЗЫВАЮ:») "
            + "или как протокол («ПРОТОКОЛ … РЕШИЛИ:»)."
    )

    @Argument(help: ArgumentHelp("Документ: .docx, .doc, .odt, .rtf или текст.", valueName: "файл"))
    var file: String

    @Option(name: .long, help: ArgumentHelp("Папка с содержимым для новых файлов.", valueName: "папка"))
    var into = "content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Адрес (slug) дорожной карты, приказа или совещания; по умолчанию — из имени файла.", valueName: "адрес"))
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
