import Foundation
import KartaCore
import KartaSite
import KartaTemplates
import Testing

/// The renderer calls whatever theme it is given, with typed page models.
struct ThemeTests {
    /// Each page as one line naming its kind and a value of its model.
    struct PlainTheme: Theme {
        func index(_ page: IndexPage) -> HTML { "index \(page.roadmaps.count) \(page.schools.count)" }
        func roadmap(_ page: RoadmapPage) -> HTML { "roadmap \(page.title) \(page.table.stages.flatMap(\.rows).count)" }
        func report(_ page: ReportPage) -> HTML { "report \(page.percent)" }
        func roadmapDocument(_ page: RoadmapDocumentPage) -> HTML { "document \(page.stampLines.count) \(page.title)" }
        func schoolMeasures(_ items: [SchoolSection.Measure]) -> HTML { "\(items.count)" }
        func schoolSection(_ section: SchoolSection) -> HTML { "section \(section.shortName)" }
        func school(_ page: SchoolPage) -> HTML { "school \(page.section)" }
        func schoolFragment(_ page: SchoolFragmentPage) -> HTML { "fragment \(page.section)" }
        func order(_ page: OrderPage) -> HTML { "order \(page.number) \(page.appendices.count)" }
        func meeting(_ page: MeetingPage) -> HTML { "meeting \(page.number) \(page.items.count)" }
        func meetingExtract(_ page: MeetingPage) -> HTML { "extract \(page.number) \(page.items.count)" }
        func meetingMaterials(_ page: MeetingMaterialsPage) -> HTML { "materials \(page.date)" }
    }

    @Test func pagesComeFromTheThemeGiven() throws {
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: SiteBuilderTests.mini, output: output, theme: PlainTheme())
        #expect(result.succeeded, "\(result.formattedDiagnostics())")
        func page(_ path: String) throws -> String { try String(contentsOfFile: output + "/" + path, encoding: .utf8) }
        #expect(try page("index.html") == "index 1 1")
        #expect(try page("roadmaps/plan/index.html").hasPrefix("roadmap План мероприятий на 2022"))
        #expect(try page("roadmaps/plan/document.html").hasPrefix("document 3 План мероприятий на 2022"))
        #expect(try page("schools/shkola-1/index.html") == "school section Школа №\u{00A0}1")
        #expect(try page("schools/shkola-1/fragment.html") == "fragment section Школа №\u{00A0}1")
        #expect(try page("orders/prikaz-7/index.html") == "order №\u{00A0}7 3")
    }

    @Test func defaultThemeEscapesContentText() throws {
        let content = try SiteFixture.copy("mini")
        let roadmap = content + "/roadmaps/plan.md"
        let text = try String(contentsOfFile: roadmap, encoding: .utf8)
        let title = try #require(text.split(separator: "\n").first { $0.hasPrefix("title:") })
        try text.replacingOccurrences(of: String(title), with: "title: \"<script>alert(1)</script>\"")
            .write(toFile: roadmap, atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let html = try String(contentsOfFile: output + "/roadmaps/plan/index.html", encoding: .utf8)
        #expect(!html.contains("<script>"))
        #expect(html.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"))
    }
}
