import KartaTestSupport
import Testing
@testable import KartaCore

/// The resolve phase links by slug once, computes states and paths, and reports what no single
/// file can tell.
struct SiteResolverTests {
    static let roadmap = """
        ---
        title: Карта
        level: municipal
        period: {year: 2022}
        schools: [alfa]
        approved_by: prikaz
        stages:
          - title: Этап
            events:
              - {id: "1", title: Для всех, when: март, status: done, done: 2022-03-15}
              - {id: "2", title: Для беты, when: январь, schools: [beta]}
              - {id: "3", title: Для альфы, when: декабрь, schools: [alfa]}
        ---
        """

    static let order = """
        ---
        title: Об утверждении
        number: "7"
        date: 2022-01-10
        appendices:
          - roadmap: karta
          - {assignments: curators, schools: [beta, alfa]}
        ---
        """

    static func resolve(_ files: [String: String], asOf: LocalDate = LocalDate(year: 2022, month: 6, day: 1)!) throws
        -> ResolvedSite
    {
        let folder = try ScratchFolder.content(files).path
        let loaded = ContentLoader.decode(ContentLoader.read(from: folder))
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        return SiteResolver.resolve(loaded.content, asOf: asOf, contentDirectory: folder)
    }

    static let files = [
        "roadmaps/karta.md": roadmap,
        "orders/prikaz.md": order,
        "schools/alfa.md": "---\nname: Альфа\n---\n",
        // Not listed by the roadmap: linked because the school lists it.
        "schools/beta.md": "---\nname: Бета\nroadmaps: [karta]\n---\n"
    ]

    @Test func linksEachWayOnceByPosition() throws {
        let site = try Self.resolve(Self.files)
        #expect(site.diagnostics.all.isEmpty, "\(site.diagnostics.all)")
        let names = site.schools.map(\.school.slug)
        #expect(names == ["alfa", "beta"])
        #expect(site.roadmaps[0].schools == [0])
        #expect(site.roadmaps[0].order == 0)
        #expect(site.schools.map { $0.roadmaps.map(\.roadmap) } == [[0], [0]])
    }

    /// A roadmap's members: the schools it lists in its own order, then those that list it, by slug.
    @Test func membersAreTheListedThenTheListing() throws {
        var files = Self.files
        files["roadmaps/karta.md"] = Self.roadmap.replacingOccurrences(
            of: "schools: [alfa]\n", with: "schools: [delta, alfa]\n")
        files["schools/delta.md"] = "---\nname: Дельта\n---\n"
        files["schools/gamma.md"] = "---\nname: Гамма\nroadmaps: [karta]\n---\n"
        files["schools/epsilon.md"] = "---\nname: Эпсилон\n---\n"
        let site = try Self.resolve(files)
        #expect(site.members.map { $0.map { site.schools[$0].school.slug } } == [["delta", "alfa", "beta", "gamma"]])
    }

    @Test func aSchoolGetsTheMeasuresThatConcernIt() throws {
        let site = try Self.resolve(Self.files)
        let items = site.roadmaps[0].status.items
        // Альфа: the roadmap lists it, so measures naming no school concern it too.
        #expect(site.schools[0].roadmaps[0].items.map { items[$0].event.id } == ["1", "3"])
        // Бета lists the roadmap itself: only the measure that names it.
        #expect(site.schools[1].roadmaps[0].items.map { items[$0].event.id } == ["2"])
        // As of 1 June 2022: 1 done, 3 planned (December) for Альфа; 2 overdue (January) for Бета.
        #expect(site.schools[0].progress.count(.done) == 1)
        #expect(site.schools[0].progress.count(.planned) == 1)
        #expect(site.schools[1].progress.count(.overdue) == 1)
    }

    @Test func ordersResolveTheirAppendices() throws {
        let site = try Self.resolve(Self.files)
        let appendices = site.orders[0].appendices
        #expect(appendices.count == 2)
        guard case .roadmap(0) = appendices[0] else { Issue.record("\(appendices[0])"); return }
        guard case .assignments(_, let schools) = appendices[1] else { Issue.record("\(appendices[1])"); return }
        // In the order the document lists them, not by slug.
        #expect(schools == [1, 0])
    }

    /// Every file of a roadmap, school and order is resolved once, with the site's layout.
    @Test func everyPathComesFromOutputPaths() throws {
        let site = try Self.resolve(Self.files)
        let roadmap = site.roadmaps[0].paths
        #expect(
            [
                roadmap.page, roadmap.report, roadmap.reportPDF, roadmap.docx, roadmap.data, roadmap.calendar,
                roadmap.table
            ] == [
                "roadmaps/karta/index.html", "roadmaps/karta/report.html", "roadmaps/karta/report.pdf",
                "roadmaps/karta/roadmap.docx",
                "data/roadmaps/karta.json", "roadmaps/karta/calendar.ics", "roadmaps/karta/measures.csv"
            ])
        let school = site.schools[1].paths
        #expect(
            [school.page, school.fragment, school.calendar] == [
                "schools/beta/index.html", "schools/beta/fragment.html", "schools/beta/calendar.ics"
            ])
        let order = site.orders[0].paths
        #expect(
            [order.page, order.pdf, order.docx] == [
                "orders/prikaz/index.html", "orders/prikaz/order.pdf", "orders/prikaz/order.docx"
            ])
        #expect(
            site.roadmaps[0].path == roadmap.page && site.schools[1].path == school.page
                && site.orders[0].path == order.page)
    }

    @Test func aReferenceToNothingIsReportedWithTheNearestSlugAndDropped() throws {
        var files = Self.files
        files["roadmaps/karta.md"] = Self.roadmap.replacingOccurrences(
            of: "schools: [alfa]\napproved_by", with: "schools: [alfa, bet]\napproved_by")
        let site = try Self.resolve(files)
        #expect(site.diagnostics.all.map(\.code) == [.unknownReference])
        #expect(site.diagnostics.all.first?.message.contains("«beta»") == true)
        #expect(site.roadmaps[0].schools == [0])
    }

    @Test func aDuplicateSlugKeepsTheFirstFile() throws {
        var files = Self.files
        files["schools/gamma.md"] = "---\nname: Гамма\nslug: alfa\n---\n"
        let site = try Self.resolve(files)
        #expect(site.diagnostics.all.map(\.code) == [.duplicateSlug])
        #expect(site.diagnostics.all.first?.location.file.hasSuffix("schools/gamma.md") == true)
        #expect(site.roadmaps[0].schools.map { site.schools[$0].school.name } == ["Альфа"])
    }
}
