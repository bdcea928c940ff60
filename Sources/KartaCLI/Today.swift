import Foundation
import KartaCore

/// Today's date in the local time zone, for defaults only.
enum Today {
    static var date: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
