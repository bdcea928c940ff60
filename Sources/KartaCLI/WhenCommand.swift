import ArgumentParser
import KartaCore

/// `karta when`: shows how karta understands a term of the «сроки» column.
struct WhenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "when",
        abstract: "Показать, как karta понимает срок мероприятия.",
        discussion: "Пример: karta when \"03-15 февраля\" --year 2022 --json"
    )

    @Argument(help: ArgumentHelp("Срок, как он записан в документе.", valueName: "срок"))
    var text: String

    @OptionGroup var periodOptions: PeriodOptions

    @Flag(name: .long, help: "Вывести один объект JSON.")
    var json = false

    func run() throws {
        let period = periodOptions.period ?? .year(Today.date.year)
        let schedule = ScheduleParser.parse(text, period: period)
        Console.out(json ? schedule.json : schedule.russianDescription)
    }
}
