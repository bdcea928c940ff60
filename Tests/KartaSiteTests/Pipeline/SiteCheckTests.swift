import Foundation
import KartaCore
import KartaSite
import KartaTemplates
import Testing

/// `karta check` runs read, decode and resolve as a build does, then renders every page in memory.
struct SiteCheckTests {
    static let asOf = LocalDate(year: 2026, month: 1, day: 1)!

    @Test func rendersEveryPageInMemoryAndWritesNothing() {
        let check = SiteCheck.run(
            BuildOptions(content: SiteBuilderTests.mini, templates: SiteFixture.templates, today: Self.asOf),
            theme: DefaultTheme())
        #expect(check.diagnostics.all.isEmpty, "\(check.formattedDiagnostics())")
        // index, roadmap and report, order, school page and fragment, the protocol, its materials and
        // its extract
        #expect(check.pages == 10)
        #expect(
            check.summary == "Проверено файлов: \(check.loaded.fileCount), страниц: 10, ошибок: 0, предупреждений: 0")
    }

    @Test func errorsStopBeforeRendering() throws {
        let content = try SiteFixture.copy("mini")
        let roadmap = content + "/roadmaps/plan.md"
        let text = try String(contentsOfFile: roadmap, encoding: .utf8)
        try text.replacingOccurrences(of: "level: municipal", with: "level: federal").write(
            toFile: roadmap, atomically: true, encoding: .utf8)
        let check = SiteCheck.run(BuildOptions(content: content, today: Self.asOf), theme: DefaultTheme())
        #expect(!check.succeeded)
        #expect(check.pages == 0)
        #expect(check.summary == "Проверено файлов: \(check.loaded.fileCount), ошибок: 1, предупреждений: 0")
    }

    @Test func missingAssetsAreAnErrorOfTheCheck() throws {
        let templates = try ThemeAssetsTests.copyOfTemplates()
        try FileManager.default.removeItem(atPath: templates + "/assets")
        let check = SiteCheck.run(
            BuildOptions(content: SiteBuilderTests.mini, templates: templates, today: Self.asOf), theme: DefaultTheme())
        #expect(check.diagnostics.all.map(\.code) == [.assetsMissing])
    }
}
