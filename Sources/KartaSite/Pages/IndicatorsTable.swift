/// A roadmap's target indicators as a page shows them: the monitoring rounds, and for each
/// indicator a row per school — its value in each round, its target, the change since the base
/// (the first round) and whether it has reached the target.
public struct IndicatorsTable: Sendable {
    public struct Indicator: Sendable {
        public let id: String
        public let title: String
        /// «%», or empty.
        public let unit: String
        public let lowerIsBetter: Bool
        public let rows: [Row]
        /// Schools whose last value meets their target, of those with both.
        public let reached: Int
        public let measured: Int
    }

    public struct Row: Sendable {
        public let school: String
        /// The school's section, from the page; empty on the school's own section.
        public let href: String
        /// «34,5» per round; «—» for no data.
        public let values: [String]
        /// «25», or empty without a target.
        public let target: String
        /// «−5,5» since the base; empty without two values.
        public let change: String
        /// Nil without a value or a target.
        public let reached: Bool?
        public let chart: IndicatorChart
    }

    public let roadmapTitle: String
    public let roadmapHref: String
    /// «01.10.2025» per round; the first is the base.
    public let rounds: [String]
    public let indicators: [Indicator]
}
