import KartaCore

/// Whether a text names a month, for telling a stage's term from other brackets.
enum RussianMonthsProbe {
    static func containsMonth(_ text: String) -> Bool {
        text.split(whereSeparator: { !$0.isLetter }).contains { RussianMonths.number(of: String($0)) != nil }
    }
}
