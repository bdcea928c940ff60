/// `meetings/<slug>/materials.html`: what the meeting looks at, as of its date — each roadmap's
/// state and overdue measures, the indicators' dynamics, and the control of earlier decisions.
public struct MeetingMaterialsPage: Sendable {
    public struct Roadmap: Sendable {
        public let title: String
        public let href: String
        public let total: Int
        public let done: Int
        /// All but the cancelled.
        public let relevant: Int
        public let percent: Int
        public let states: [ReportPage.StateCount]
        public let overdue: [ReportPage.Overdue]
        /// Between the previous meeting's date and this one's: measures done, and measures that
        /// became overdue; nil for the first meeting.
        public let sincePrevious: SincePrevious?
    }

    public struct SincePrevious: Sendable {
        /// «15.10.2025».
        public let date: String
        /// The roadmap's edits between the versions committed by the two meetings' days (the
        /// latest meeting: up to the content as it is); nil outside git.
        public let edits: [ReportPage.Since.Change]?
        public let done: [ReportPage.Overdue]
        public let newlyOverdue: [ReportPage.Overdue]
    }

    public let shell: PageShell
    /// «Протокол заседания … от 20.01.2026 № 2».
    public let meeting: PageLink
    /// «20.01.2026».
    public let date: String
    public let roadmaps: [Roadmap]
    /// Each roadmap's indicators with the rounds up to the meeting's date.
    public let indicators: [IndicatorsTable]
    /// Earlier meetings' decisions with their state on the meeting's date.
    public let control: [DecisionLine]
}
