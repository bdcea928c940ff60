import ArgumentParser
import KartaCore
import KartaSite

/// `--content --templates --output --as-of`, shared by `karta build`, `karta check` and `karta serve`.
struct SiteFolderOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Папка с содержимым.", valueName: "папка"))
    var content = "content"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Папка шаблонов, чьи стили заменяют встроенные в karta; без параметра — Templates рядом с папкой содержимого, если в ней есть стили.",
            valueName: "папка"))
    var templates: String?

    @Option(name: .long, help: ArgumentHelp("Папка для готового сайта.", valueName: "папка"))
    var output = "output"

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "Дата, на которую считаются статусы (ГГГГ-ММ-ДД); важнее as_of в site.yml.", valueName: "дата"))
    var asOf: String?

    func validate() throws {
        if let asOf {
            guard let date = LocalDate(parsing: asOf) else {
                throw ValidationError("дата «\(asOf.quotedExcerpt)» не распознана; пишите ГГГГ-ММ-ДД")
            }
            guard Limits.years.contains(date.year) else {
                throw ValidationError(
                    "дата «\(asOf)» вне \(Limits.years.lowerBound)–\(Limits.years.upperBound) годов; проверьте год")
            }
        }
    }

    /// The options of a build of these folders, for today unless `--as-of` says otherwise.
    var buildOptions: BuildOptions {
        BuildOptions(
            content: content, templates: templates, output: output,
            asOf: asOf.flatMap { LocalDate(parsing: $0) }, today: Today.date)
    }
}
