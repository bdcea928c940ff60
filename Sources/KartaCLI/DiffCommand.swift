import ArgumentParser
import KartaCore
import KartaDiff

/// `karta diff`: the change in meaning between two versions of the content in git.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Показать, что изменилось по смыслу между двумя версиями содержимого в git.",
        discussion: """
            Без версий — последний коммит (HEAD) против рабочей копии; с одной — она против рабочей копии; \
            с двумя — первая против второй. Пример: karta diff HEAD~3 HEAD --format markdown
            """
    )

    @Argument(help: ArgumentHelp("Версия «до»: коммит, ветка или тег; по умолчанию HEAD.", valueName: "было"))
    var from: String?

    @Argument(help: ArgumentHelp("Версия «после»; по умолчанию рабочая копия.", valueName: "стало"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Папка с содержимым.", valueName: "папка"))
    var content = "content"

    @Option(
        name: .long,
        help: ArgumentHelp("Вид вывода: text, markdown (для описания запроса на слияние) или json.", valueName: "вид"))
    var format = "text"

    @Flag(name: .customLong("exit-code"), help: "Код выхода 1, если изменения есть (как у git diff --exit-code).")
    var exitCode = false

    @Flag(name: .long, help: "Показать схему вывода --format json (в формате схем JSON) и выйти.")
    var schema = false

    func validate() throws {
        guard ChangeFormatter.Format(rawValue: format) != nil else {
            throw ValidationError("вид вывода «\(format)» неизвестен; допустимые: text, markdown, json")
        }
    }

    func run() throws {
        if schema {
            Console.out(DiffSchema.text, terminator: "")
            return
        }
        let changes: ContentChanges
        do {
            changes = try ContentDiff.run(
                content: content, from: .git(from ?? "HEAD"), to: to.map(ContentRevision.git) ?? .working)
        } catch {
            Console.error(error.at(SourceLocation(file: content)).description)
            throw ExitCode(2)
        }
        Console.out(ChangeFormatter.format(changes, as: ChangeFormatter.Format(rawValue: format)!), terminator: "")
        if exitCode && !changes.isEmpty { throw ExitCode.failure }
    }
}
