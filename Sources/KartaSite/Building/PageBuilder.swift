import KartaCore

/// Makes the page models of a resolved site: every text typeset, every link relative to its page.
/// Shared read-only by all page renders.
struct PageBuilder: Sendable {
    let site: ResolvedSite
    /// What every page shows, typeset and formatted once per build instead of once per page.
    let siteTitle: String
    let organization: String
    /// «15.06.2022» and «15 июня 2022 г.».
    let asOf: String
    let asOfVerbal: String
    /// `--since`: reports show what changed since this version.
    let since: EarlierVersion?
    /// The size of each PDF printed (`--pdf`), by output path; empty before they are printed.
    let pdfSizes: [String: Int]

    init(site: ResolvedSite, since: EarlierVersion? = nil, pdfSizes: [String: Int] = [:]) {
        self.site = site
        self.since = since
        self.pdfSizes = pdfSizes
        siteTitle = Format.typeset(site.site.title)
        organization = Format.typeset(site.site.organization)
        asOf = site.asOf.russianNumeric
        asOfVerbal = site.asOf.russianVerbal
    }

    /// - Parameter job: the page's job, whose content files give the date it was last updated.
    func shell(root: String, job: PageJob) -> PageShell {
        PageShell(
            root: root, siteTitle: siteTitle, organization: organization,
            asOf: asOf, asOfVerbal: asOfVerbal, updated: updated(job))
    }

    /// «12.11.2025»: the day the newest of the page's content files last changed.
    func updated(_ job: PageJob) -> String {
        site.updated(job.dependencies(site))?.russianNumeric ?? ""
    }

    func progress(_ progress: Progress) -> ProgressSummary {
        ProgressSummary(
            percent: progress.percent, done: progress.count(.done), relevant: progress.relevant,
            overdue: progress.count(.overdue))
    }

    func person(_ person: Person) -> PersonLine {
        PersonLine(
            name: Format.typeset(person.name), position: Format.typeset(person.position),
            organization: Format.typeset(person.organization))
    }

    /// A link to an order, with its date and number as printed.
    func orderLink(_ order: ResolvedOrder, root: String) -> OrderLink {
        let path = order.paths.page, order = order.order
        return OrderLink(
            href: root + path, kind: order.kind.name, date: order.date?.russianNumeric ?? "",
            number: order.number, title: order.title)
    }
}
