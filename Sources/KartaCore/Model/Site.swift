/// `content/site.yml`: who publishes the site and for which date statuses are computed.
public struct Site: Sendable, Hashable {
    public var title: String
    public var organization: String
    public var region: String
    public var municipality: String
    /// The date statuses are computed for; `--as-of` overrides it; default today.
    public var asOf: LocalDate?
    /// Who signs monitoring reports; optional, a blank signature line otherwise.
    public var coordinator: Person?
    /// Where the site is published, ending with «/»; school fragments pasted into another site
    /// link to pages and files there. Optional: pages themselves always link relatively.
    public var baseURL: String?
    /// `check` warns about a roadmap whose content last changed more than this many days before
    /// the report's date; no warning when absent.
    public var staleAfterDays: Int?

    public init(
        title: String = "", organization: String = "", region: String = "",
        municipality: String = "", asOf: LocalDate? = nil
    ) {
        self.title = title
        self.organization = organization
        self.region = region
        self.municipality = municipality
        self.asOf = asOf
    }
}
