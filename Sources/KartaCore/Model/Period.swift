/// The time a roadmap covers.
public enum Period: Sendable, Hashable {
    /// A calendar year: January–December.
    case year(Int)
    /// An academic year starting in September of `startYear`, ending in August of the next.
    case academicYear(startYear: Int)
    /// Explicit first and last day.
    case range(from: LocalDate, to: LocalDate)

    public var start: LocalDate {
        switch self {
        case .year(let y): LocalDate.firstDay(month: 1, year: y)
        case .academicYear(let y): LocalDate.firstDay(month: 9, year: y)
        case .range(let from, _): from
        }
    }

    public var end: LocalDate {
        switch self {
        case .year(let y): LocalDate.lastDay(month: 12, year: y)
        case .academicYear(let y): LocalDate.lastDay(month: 8, year: y + 1)
        case .range(_, let to): to
        }
    }

    /// The year a month without a written year falls in.
    public func year(forMonth month: Int) -> Int {
        switch self {
        case .year(let y): return y
        case .academicYear(let y): return month >= 9 ? y : y + 1
        case .range(let from, let to):
            if from.year == to.year { return from.year }
            let candidate = LocalDate.firstDay(month: month, year: from.year)
            return LocalDate.lastDay(month: month, year: from.year) >= from && candidate <= to
                ? from.year : min(from.year + 1, to.year)
        }
    }

    /// «2022 год», «2023–2024 учебный год», «01.09.2023 – 31.05.2024».
    public var russianDescription: String {
        switch self {
        case .year(let y): "\(y)\u{00A0}год"
        case .academicYear(let y): "\(y)–\(y + 1) учебный год"
        case .range(let from, let to): "\(from.russianNumeric) – \(to.russianNumeric)"
        }
    }
}
