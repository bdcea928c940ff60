import ArgumentParser
import KartaCore

/// `karta when`: shows how karta understands a term of the «сроки» column.
struct WhenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "when",
        abstract: "Показать, как karta понимает срок мероприятия.",
        discussion: "Пример: karta when \"03-15 февраля\" --year 2022 --json"
    )

    @Argument(help: "Срок, как он записан в документе.")
    var text: String

    @Option(name: .long, help: "Календарный год периода (ГГГГ).")
    var year: Int?

    @Option(name: .customLong("academic-year"), help: "Учебный год периода (ГГГГ-ГГГГ).")
    var academicYear: String?

    @Flag(name: .long, help: "Вывести один объект JSON.")
    var json = false

    func validate() throws {
        if year != nil && academicYear != nil {
            throw ValidationError("укажите либо --year, либо --academic-year, но не оба")
        }
        if let academicYear, Period(academicYear: academicYear) == nil {
            throw ValidationError("учебный год «\(academicYear)» не распознан; пишите, например, 2023-2024")
        }
    }

    func run() throws {
        let period: Period
        if let academicYear, let parsed = Period(academicYear: academicYear) {
            period = parsed
        } else {
            period = .year(year ?? Today.date.year)
        }
        let schedule = ScheduleParser.parse(text, period: period)
        Console.out(json ? schedule.json : schedule.russianDescription)
    }
}
