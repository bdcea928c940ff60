import Dispatch

/// Seconds between laps, from a monotonic clock; for the phase times of `--timings`.
public struct PhaseClock: Sendable {
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    public mutating func lap() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { last = now }
        return Double(now - last) / 1e9
    }
}
