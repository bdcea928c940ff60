import ArgumentParser
import KartaCore
import KartaInit

/// `karta init`: a new content repository that builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Создать репозиторий содержимого: папку content с описанием сайта, памятку и задания проверки и публикации.",
        discussion: """
            Папка должна быть новой или пустой (кроме папки git). В репозитории karta (есть content/site.yml) \
            дописываются только недостающие файлы; существующие не меняются.
            """
    )

    @Argument(help: ArgumentHelp("Папка репозитория (. — текущая).", valueName: "папка"))
    var folder = "."

    func run() throws {
        switch RepositoryStarter.create(in: folder) {
        case .failure(let problem):
            Console.error(DiagnosticFormatter(sources: [:]).format([problem]))
            throw ExitCode.failure
        case .success(let report):
            Console.out(Self.summary(report, folder: folder))
        }
    }

    static func summary(_ report: RepositoryStarter.Report, folder: String) -> String {
        var lines: [String] = []
        if report.written.isEmpty {
            lines.append("В «\(folder)» уже есть все файлы репозитория karta; ничего не записано.")
        } else {
            lines.append("Создано в «\(folder)», файлов: \(report.written.count):")
            lines += report.written.map { "  \($0)" }
        }
        if !report.kept.isEmpty {
            lines.append("Оставлены как были: \(report.kept.joined(separator: ", ")).")
        }
        lines.append("")
        lines.append("Дальше:")
        if folder != "." { lines.append("  cd \(folder)") }
        if !report.isGitRepository { lines.append("  git init") }
        lines.append("  karta import приказ.docx     # дорожная карта, приказ и школы из документа Word")
        lines.append("  karta check")
        lines.append("  karta build                  # сайт в output/; откройте output/index.html")
        lines.append("Подробнее — в README.md.")
        return lines.joined(separator: "\n")
    }
}
