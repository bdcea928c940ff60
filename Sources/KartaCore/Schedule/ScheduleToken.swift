/// A token of a term after normalisation (lowercase, «ё» → «е», dashes unified, HTML dropped).
enum ScheduleToken: Equatable, Sendable {
    case number(Int, digits: Int)
    /// «10.06.2021», «01.09» (no year).
    case date(day: Int, month: Int, year: Int?)
    /// Written like a date but none: «32.13.2024», «00.05».
    case impossibleDate
    case word(String)
    case dash
    /// «,», «;», «и».
    case separator
    case colon
    case open
    case close

    var word: String? {
        if case .word(let word) = self { return word }
        return nil
    }

    var number: Int? {
        if case .number(let value, _) = self { return value }
        return nil
    }
}
