/// Seconds spent in each phase of a run.
public struct PhaseTimings: Sendable {
    private var seconds: [Phase: Double] = [:]

    public init() {}

    public subscript(phase: Phase) -> Double {
        get { seconds[phase] ?? 0 }
        set { seconds[phase] = newValue }
    }

    /// The phases that ran, in pipeline order.
    public var all: [(phase: Phase, seconds: Double)] {
        Phase.allCases.compactMap { phase in seconds[phase].map { (phase, $0) } }
    }
}
