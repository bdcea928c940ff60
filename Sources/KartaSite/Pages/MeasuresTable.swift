import KartaCore

/// A roadmap's measures grouped by stage, in the document's own columns: the table of the roadmap
/// page, of a school's own roadmap, of the printed appendix and of the report.
public struct MeasuresTable: Sendable {
    public struct Header: Sendable {
        /// `title`, `when`, `responsible`, `result`: for CSS classes.
        public let column: String
        public let caption: String
    }

    public struct Cell: Sendable {
        public let column: String
        public let text: String
    }

    public struct Row: Sendable {
        /// The number as written: «1.3».
        public let id: String
        /// The row's HTML id: «event-1-3».
        public let anchor: String
        public let cells: [Cell]
        /// `done`, `in-progress`, …: for CSS classes.
        public let state: String
        public let stateLabel: String
        /// The date it was done: «12.03.2024», or empty.
        public let done: String
        public let evidence: [PageLink]
    }

    public struct Stage: Sendable {
        /// Empty for measures before the first stage heading.
        public let title: String
        public let when: String
        public let percent: Int
        public let rows: [Row]
    }

    /// The caption of the number column: «№ п/п».
    public let numberCaption: String
    public let headers: [Header]
    public let stages: [Stage]
    /// «15.06.2022».
    public let asOf: String

    /// Five columns or more (with the number) go on landscape pages, printed and in Word.
    public var isWide: Bool { headers.count >= 4 }
}
