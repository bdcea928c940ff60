import KartaCore

/// A school's «500+» section: the body of its page and of its fragment.
public struct SchoolSection: Sendable {
    public struct DocumentGroup: Sendable {
        /// The theme titles the group: «Приказы», «Концепция развития», …
        public let kind: SchoolDocumentKind
        public let documents: [Document]
    }

    public struct Document: Sendable {
        public let title: String
        public let href: String
        /// «PDF, 184 КБ».
        public let file: String
        /// «05.09.2025», or empty.
        public let date: String
        public let riskProfile: String
        public let signed: SignedCopy?
    }

    /// A roadmap of the school's own, with its whole table.
    public struct OwnRoadmap: Sendable {
        public let title: String
        public let href: String
        public let period: String
        public let progress: ProgressSummary
        public let table: MeasuresTable
        /// Its Word document and its PDF, when the build writes them (`--docx`, `--pdf`).
        public let docx: PageLink?
        public let pdf: PageLink?
    }

    /// A municipal or regional roadmap: the school's own measures in it.
    public struct Measures: Sendable {
        public let title: String
        public let href: String
        public let progress: ProgressSummary
        /// The list of the measures, from `Theme.schoolMeasures`: rendered once for all the
        /// schools that share it (every school of a municipality shows the same list).
        public let list: HTML
    }

    public struct Measure: Sendable {
        public let id: String
        public let title: String
        public let when: String
        public let state: String
        public let stateLabel: String
        public let href: String
    }

    public let slug: String
    public let name: String
    public let shortName: String
    /// The year it joined the project, when the content says.
    public let joined: Int?
    public let address: String
    public let director: String
    public let responsible: PersonLine?
    public let progress: ProgressSummary
    public let riskProfiles: [String]
    public let curators: [PersonLine]
    public let methodists: [PersonLine]
    public let documentGroups: [DocumentGroup]
    public let ownRoadmaps: [OwnRoadmap]
    public let roadmaps: [Measures]
    /// The school's target indicators in each of its roadmaps that declares some.
    public let indicators: [IndicatorsTable]
    /// The decisions of meetings that name the school.
    public let decisions: [DecisionLine]
    /// About the school's work, from Markdown.
    public let body: HTML
    /// The school's measures as a calendar (`calendar.ics`) to subscribe to.
    public let calendarHref: String
}
