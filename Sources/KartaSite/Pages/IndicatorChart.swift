import KartaCore

/// A small line chart of one school's values of an indicator over the rounds, with its target as
/// a dashed line: geometry only; the theme draws it and says the same in words.
public struct IndicatorChart: Sendable {
    public static let width = 160
    public static let height = 48

    public struct Point: Sendable {
        public let x: String
        public let y: String
        /// «34,5» and its round, «01.10.2025», for the text alternative.
        public let value: String
        public let round: String
    }

    /// Rounds with a value, left to right.
    public let points: [Point]
    /// The target's height, when there is one.
    public let targetY: String?
    public let targetLabel: String

    /// Values by round (nil: no data), scaled between the smallest and largest of them and the target.
    init(values: [Double?], rounds: [String], target: Double?) {
        let known = values.compactMap { $0 } + (target.map { [$0] } ?? [])
        let low = known.min() ?? 0, high = known.max() ?? 1
        let span = high - low == 0 ? 1 : high - low
        let top = 6.0, bottom = Double(Self.height) - 6
        let y = { (value: Double) in bottom - (value - low) / span * (bottom - top) }
        let step = rounds.count > 1 ? Double(Self.width - 16) / Double(rounds.count - 1) : 0
        points = values.enumerated().compactMap { index, value in
            guard let value else { return nil }
            let x = rounds.count > 1 ? 8 + step * Double(index) : Double(Self.width) / 2
            return Point(
                x: Format.number(x), y: Format.number(y(value)),
                value: IndicatorNumber.format(value), round: rounds[index])
        }
        targetY = target.map { Format.number(y($0)) }
        targetLabel = target.map(IndicatorNumber.format) ?? ""
    }
}
