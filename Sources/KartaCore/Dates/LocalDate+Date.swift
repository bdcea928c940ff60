import Foundation

extension LocalDate {
    /// The day a moment falls on in the machine's time zone: today, a file's modification day.
    public init(_ date: Date) {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: date)
        self = LocalDate(year: parts.year!, month: parts.month!, day: parts.day!) ?? LocalDate(dayNumber: 0)
    }
}
