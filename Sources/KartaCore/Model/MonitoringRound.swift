/// One monitoring table, `content/monitoring/<roadmap>/<YYYY-MM-DD>.csv` or `.xlsx`: the values of
/// a roadmap's indicators for its schools on one date (a round: входной, промежуточный, итоговый).
public struct MonitoringRound: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        /// The school as the table names it: a slug, a short name or a full name.
        public var school: Located<String>
        /// By column, as `columns`; nil for an empty cell (no data).
        public var values: [Double?]

        public init(school: Located<String>, values: [Double?]) {
            self.school = school
            self.values = values
        }
    }

    /// The roadmap's slug: the table's folder.
    public var roadmap: String
    public var date: LocalDate
    public var file: String
    /// The indicator ids of the header row.
    public var columns: [Located<String>]
    public var rows: [Row]

    public init(roadmap: String, date: LocalDate, file: String, columns: [Located<String>], rows: [Row]) {
        self.roadmap = roadmap
        self.date = date
        self.file = file
        self.columns = columns
        self.rows = rows
    }
}
