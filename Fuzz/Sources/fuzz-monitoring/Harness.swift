import FuzzChecks
import FuzzDriver

/// Any bytes as a monitoring table saved as text (.csv): read, matched and valued without a trap,
/// every problem inside the table.
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let lines = bytes.reduce(1) { $0 + ($1 == 10 || $1 == 13 ? 1 : 0) }
    MonitoringSite.check(table: bytes, named: "2025-12-20.csv", lines: lines)
    return 0
}

@_cdecl("fuzz_monitoring_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data!, size) }
}
