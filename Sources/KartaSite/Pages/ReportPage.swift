/// `roadmaps/<slug>/report.html`: the monitoring report «по состоянию на» the as-of date.
public struct ReportPage: Sendable {
    public struct StateCount: Sendable {
        public let label: String
        public let count: Int
    }

    public struct StageSummary: Sendable {
        public let title: String
        public let total: Int
        public let done: Int
        public let overdue: Int
        public let percent: Int
    }

    public struct Overdue: Sendable {
        public let id: String
        public let title: String
        public let when: String
        public let responsible: String
    }

    /// «Изменения с 01.10.2025 (HEAD~1)»: present with `karta build --since`.
    public struct Since: Sendable {
        public struct Moved: Sendable {
            public let id: String
            public let title: String
            public let before: String
            public let now: String
        }

        /// A change of the roadmap's content since then, as `karta diff` names it.
        public struct Change: Sendable {
            /// «+», «−», «~».
            public let mark: String
            public let subject: String
            public let details: [String]
        }

        /// «01.09.2025»: the date of the earlier version.
        public let date: String
        /// The version as given to `--since`: «v1.0», «HEAD~3».
        public let version: String
        /// Every change of the roadmap since then: fields, stages, measures (`ContentDiff`).
        public let changes: [Change]
        public let done: [Overdue]
        public let newlyOverdue: [Overdue]
        public let termsMoved: [Moved]
    }

    public let shell: PageShell
    public let roadmapTitle: String
    public let issuer: String
    public let period: String
    /// «15.06.2022».
    public let reportDate: String
    public let roadmapHref: String
    /// The roadmap as a Word document beside the report (`roadmap.docx`), when `--docx` wrote one.
    public let roadmapDocx: PageLink?
    /// The report as a Word document (`report.docx`), when `--docx` wrote it.
    public let docx: PageLink?
    /// The report and the roadmap printed to PDF, once `--pdf` has printed them.
    public let pdf: PageLink?
    public let roadmapPDF: PageLink?
    public let total: Int
    public let done: Int
    /// All but the cancelled.
    public let relevant: Int
    public let percent: Int
    public let states: [StateCount]
    public let stages: [StageSummary]
    public let overdue: [Overdue]
    public let table: MeasuresTable
    /// «Динамика целевых показателей»: the rounds up to the report's date; nil without indicators.
    public let indicators: IndicatorsTable?
    /// The decisions of meetings held by the report's date that concern the roadmap, with their
    /// state on that date; an overdue one counts in the summary apart from the measures.
    public let decisions: [DecisionLine]
    /// Who signs; a blank signature line when nil.
    public let signatory: PersonLine?
    public let since: Since?
}
