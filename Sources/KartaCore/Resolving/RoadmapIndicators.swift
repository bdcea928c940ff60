/// A roadmap's indicators with their values: the rounds of its monitoring tables (up to the date
/// statuses are computed for), each school's value in each round and its own targets.
public struct RoadmapIndicators: Sendable {
    public struct Round: Sendable, Hashable {
        public let date: LocalDate
        /// The table, as diagnostics name it.
        public let file: String
        /// The table as decoded, for comparing it with another version's.
        public let table: MonitoringRound
    }

    /// By date; the first is the base.
    public let rounds: [Round]
    /// `values[indicator][school]`: the school's value in each round (nil: no data), by the
    /// indicator's position in the roadmap and the school's index in `ResolvedSite.schools`.
    public let values: [[Int: [Double?]]]
    /// `targets[indicator][school]`: a school's own target, where it sets one.
    public let targets: [[Int: Double]]

    /// The school's target: its own, else the indicator's.
    public func target(_ indicator: Int, school: Int, in roadmap: Roadmap) -> Double? {
        targets.indices.contains(indicator)
            ? targets[indicator][school] ?? roadmap.indicators[indicator].target
            : roadmap.indicators[indicator].target
    }

    /// The schools with a value or their own target for an indicator, by index: only those, not
    /// every school of the site, are worth a row.
    public func schools(_ indicator: Int) -> [Int] {
        guard values.indices.contains(indicator) else { return [] }
        return Set(values[indicator].keys).union(targets[indicator].keys).sorted()
    }

    /// The school's values of an indicator, one per round; nil when it has none at all.
    public func values(_ indicator: Int, school: Int) -> [Double?]? {
        guard values.indices.contains(indicator) else { return nil }
        return values[indicator][school]
    }
}
