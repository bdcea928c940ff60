import Foundation
import KartaCore

/// Today's date in the local time zone, for defaults only.
enum Today {
    static var date: LocalDate { LocalDate(Date()) }
}
