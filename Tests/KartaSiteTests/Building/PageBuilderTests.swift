import KartaCore
import Testing
@testable import KartaSite

/// The page models of the mini fixture: what a template receives, before any HTML.
struct PageBuilderTests {
    static func builder() throws -> PageBuilder {
        let content = try SiteFixture.copy("mini")
        let loaded = ContentLoader.decode(ContentLoader.read(from: content))
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        let site = SiteResolver.resolve(loaded.content, asOf: loaded.content.site.asOf!, contentDirectory: content)
        return PageBuilder(site: site)
    }

    @Test func roadmapPageTypesetsAndLinksRelativeToItsFolder() throws {
        let page = try Self.builder().roadmap(0)
        #expect(page.title == "План мероприятий на 2022\u{00A0}год")
        #expect(page.period == "2022\u{00A0}год")
        #expect(page.level == "муниципальная")
        #expect(page.schools.map(\.href) == ["../../schools/shkola-1/index.html"])
        #expect(page.schools.map(\.label) == ["Школа №\u{00A0}1"])
        #expect(page.approvedBy?.href == "../../orders/prikaz-7/index.html")
        #expect(page.shell.root == "../../")
        #expect(page.shell.asOf == "15.06.2022")
    }

    @Test func measuresTableKeepsTheDocumentsColumnsAndStates() throws {
        let table = try Self.builder().roadmap(0).table
        #expect(table.numberCaption == "№")
        #expect(table.headers.map(\.column) == ["title", "responsible", "when", "result"])
        #expect(table.headers.map(\.caption) == ["Мероприятие", "Ответственный", "Срок", "Результат"])
        #expect(table.stages.map(\.title) == ["Первый этап", "Второй этап"])
        let rows = table.stages.flatMap(\.rows)
        #expect(rows.map(\.anchor) == ["event-1-1", "event-1-2", "event-2-1", "event-2-2"])
        // As of 15 June 2022: done, overdue (May), in progress (monthly all year), planned (term not understood).
        #expect(rows.map(\.state) == ["done", "overdue", "in-progress", "planned"])
        #expect(rows[0].done == "20.03.2022")
        #expect(rows[0].evidence.map(\.href) == ["../../files/doc.pdf"])
    }

    @Test func progressCountsWhatIsDoneOfWhatIsNotCancelled() throws {
        let progress = try Self.builder().roadmap(0).progress
        #expect(progress.done == 1 && progress.relevant == 4)
        #expect(progress.percent == 25)
        #expect(progress.overdue == 1)
    }

    @Test func reportListsOverdueMeasures() throws {
        let report = try Self.builder().report(0)
        #expect(report.overdue.map(\.id) == ["1.2"])
    }
}
