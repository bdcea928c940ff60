/// The stage timeline of a roadmap as the numbers and labels of its SVG; coordinates are already
/// formatted («12.5»).
public struct TimelineFigure: Sendable {
    public struct Month: Sendable {
        public let x: String
        public let width: String
        public let labelX: String
        /// «янв».
        public let label: String
        /// The year under January and under the first month; empty otherwise.
        public let year: String
        public let odd: Bool
    }

    public struct Bar: Sendable {
        public let x: String
        public let y: String
        public let width: String
        public let state: String
        public let recurring: Bool
    }

    public enum Row: Sendable {
        case stage(title: String, textY: String)
        case event(href: String, tooltip: String, label: String, textY: String, bars: [Bar])
    }

    public struct Unplaced: Sendable {
        public let id: String
        public let title: String
        public let when: String
        public let href: String
        public let reason: Reason
    }

    /// Why a measure has no bar on the timeline; the theme says it in words.
    public enum Reason: Sendable {
        case noTerm, outsidePeriod, bySchedule, notUnderstood
    }

    public struct LegendItem: Sendable {
        public let state: String
        public let label: String
    }

    public let width: String
    public let height: String
    public let gridBottom: String
    /// What the text alternative says: how many measures, over which period.
    public let measureCount: Int
    /// «2025–2026 учебный год», as written (the template typesets its sentence whole).
    public let period: String
    public let months: [Month]
    public let rows: [Row]
    /// Where the as-of line stands, when the date is in the period.
    public let asOfX: String?
    public let asOfLabelX: String
    public let asOf: String
    public let legend: [LegendItem]
    public let unplaced: [Unplaced]
}
