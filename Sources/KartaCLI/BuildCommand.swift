import ArgumentParser
import Foundation
import KartaCore
import KartaDiff
import KartaSite
import KartaTemplates

/// `karta build`: the site from the content and templates.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Собрать сайт. При ошибках ничего не записывается, прежний сайт остаётся как был."
    )

    @OptionGroup var folders: SiteFolderOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Добавить в отчёты раздел «Изменения с …»: что выполнено, просрочено и перенесено с этой версии в git (коммит, ветка, тег).",
            valueName: "версия"))
    var since: String?

    @Flag(name: .long, help: "Также напечатать приказы и отчёты в PDF (нужен Chromium).")
    var pdf = false

    @Flag(name: .long, help: "Также записать каждый приказ с приложениями документом Word рядом со страницей приказа.")
    var docx = false

    @Flag(name: .long, help: "Не показывать ход сборки.")
    var quiet = false

    @Flag(name: .long, help: "Показать время каждого этапа.")
    var timings = false

    @Flag(name: .long, help: "Собирать страницы в один поток (для замеров; результат тот же).")
    var serial = false

    func run() throws {
        var clock = DispatchTime.now().uptimeNanoseconds
        let progress: ProgressLine? = quiet || isatty(2) == 0 ? nil : ProgressLine()
        var options = folders.buildOptions
        options.pdf = pdf
        options.docx = docx
        if let since {
            do {
                options.since = try ContentRevision.earlierVersion(since, content: folders.content)
            } catch {
                Console.error(error.at(SourceLocation(file: folders.content)).description)
                throw ExitCode.failure
            }
        }
        options.parallel = !serial
        if let progress {
            options.progress = { done, total in progress.show(done, total) }
        }
        let result = SiteBuilder.build(options, theme: DefaultTheme())
        progress?.finish()
        let report = result.formattedDiagnostics()
        if !report.isEmpty { Console.error(report) }
        guard result.succeeded else {
            let folder =
                result.outputChanged
                ? "В папке «\(folders.output)» записано файлов: \(result.write.written); исправьте ошибки и соберите снова."
                : "Папка «\(folders.output)» не изменена."
            Console.error(
                "Сборка не выполнена: ошибок: \(result.diagnostics.errorCount), предупреждений: \(result.diagnostics.warningCount). \(folder)"
            )
            throw ExitCode.failure
        }
        if timings {
            for (phase, seconds) in result.timings.all { Console.out("\(phase.rawValue): \(Int(seconds * 1000)) мс") }
            Console.out("отрисовано страниц: \(result.rendered) из \(result.pages)")
        }
        clock = DispatchTime.now().uptimeNanoseconds - clock
        Console.out(result.summary(seconds: Double(clock) / 1e9))
    }
}
