import KartaCore

/// The term parser on any text, against every kind of period: it must return, never trap, and
/// what it returns must hold together.

public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for period in [Period.year(2024), .academicYear(startYear: 2023),
                   .range(from: LocalDate(year: 2023, month: 3, day: 15)!, to: LocalDate(year: 2025, month: 6, day: 1)!)] {
        let schedule = ScheduleParser.parse(text, period: period)
        precondition(schedule.text == text)
        for interval in schedule.intervals { precondition(interval.from <= interval.to, "\(interval) of «\(text)»") }
        if schedule.kind == .unknown { precondition(schedule.intervals.isEmpty) }
        _ = schedule.russianDescription
    }
    return 0
}

/// SwiftPM links an executable's `main` to `<module>_main`; libFuzzer's driver runs from it.
@_cdecl("fuzz_schedule_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzz(data!, size) }
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
