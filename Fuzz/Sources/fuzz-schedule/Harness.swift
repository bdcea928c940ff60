import FuzzDriver
import KartaCore

/// The term parser on any text, against every kind of period: it must return, never trap, and
/// what it returns must hold together.
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for period in [
        Period.year(2024), .academicYear(startYear: 2023),
        .range(from: LocalDate(year: 2023, month: 3, day: 15)!, to: LocalDate(year: 2025, month: 6, day: 1)!)
    ] {
        let schedule = ScheduleParser.parse(text, period: period)
        if !(schedule.text == text) { fatalError("broken invariant: schedule.text == text") }
        for interval in schedule.intervals where interval.from > interval.to { fatalError("\(interval) of «\(text)»") }
        if schedule.kind == .unknown, !schedule.intervals.isEmpty { fatalError("unknown «\(text)» with dates") }
        _ = schedule.russianDescription
    }
    return 0
}

@_cdecl("fuzz_schedule_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data!, size) }
}
