import ArgumentParser
import KartaCore

/// `--year YYYY | --academic-year YYYY-YYYY`, shared by the commands that need a period.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Календарный год периода (ГГГГ).", valueName: "год"))
    var year: Int?

    @Option(
        name: .customLong("academic-year"), help: ArgumentHelp("Учебный год периода (ГГГГ-ГГГГ).", valueName: "годы"))
    var academicYear: String?

    func validate() throws {
        if year != nil && academicYear != nil {
            throw ValidationError("укажите либо --year, либо --academic-year, но не оба")
        }
        if let academicYear, Period(academicYear: academicYear) == nil {
            throw ValidationError(
                "учебный год «\(academicYear.quotedExcerpt)» не распознан; пишите, например, 2023-2024")
        }
        let years = Limits.years
        if let year, !years.contains(year) {
            throw ValidationError("год \(year) вне \(years.lowerBound)–\(years.upperBound); проверьте год")
        }
        if case .academicYear(let start)? = academicYear.flatMap({ Period(academicYear: $0) }),
            !years.contains(start) || !years.contains(start + 1)
        {
            throw ValidationError(
                "учебный год «\(academicYear!)» вне \(years.lowerBound)–\(years.upperBound) годов; проверьте годы")
        }
    }

    /// The period given, if any.
    var period: Period? {
        academicYear.flatMap { Period(academicYear: $0) } ?? year.map { Period.year($0) }
    }
}
