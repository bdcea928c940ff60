import KartaTestSupport
import Foundation
import KartaTemplates
import Testing
import KartaCore
@testable import KartaSite

/// A rebuild renders only pages whose sources changed, and ends byte-identical to a full build.
struct IncrementalBuildTests {
    @Test func unchangedSiteRendersNothing() {
        let output = SiteFixture.temporaryFolder()
        let first = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        #expect(first.rendered == first.pages)
        let second = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        #expect(second.verifiedUnchanged)
        #expect(second.rendered == 0)
        #expect(second.pages == first.pages)
        #expect(second.write.written == 0)
    }

    @Test(arguments: [
        ("schools/shkola-1.md", "short_name: Школа № 1", "short_name: Школа № 1 имени А.С. Пушкина"),
        ("roadmaps/plan.md", "title: Семинар", "title: Семинар для учителей"),
        ("orders/prikaz-7.md", "number: \"7\"", "number: \"7-о\""),
        ("site.yml", "as_of: 2022-06-15", "as_of: 2022-12-31")
    ])
    func changedSourceGivesTheSameSiteAsAFullBuild(_ change: (String, String, String)) throws {
        let content = try SiteFixture.copy("mini")
        let incremental = SiteFixture.temporaryFolder()
        _ = SiteFixture.build(content: content, output: incremental)
        let path = content + "/" + change.0
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(change.1))
        try text.replacingOccurrences(of: change.1, with: change.2).write(
            toFile: path, atomically: true, encoding: .utf8)

        let rebuilt = SiteFixture.build(content: content, output: incremental)
        #expect(rebuilt.succeeded)
        #expect(rebuilt.rendered > 0)
        let full = SiteFixture.temporaryFolder()
        _ = SiteFixture.build(content: content, output: full)
        #expect(ScratchFolder.snapshot(incremental) == ScratchFolder.snapshot(full))
    }

    /// A page that is gone takes its folder with it, as a build from scratch would never make it.
    @Test func aRemovedSchoolLeavesNoEmptyFolder() throws {
        let content = try SiteFixture.copy("mini")
        let output = SiteFixture.temporaryFolder()
        try ScratchFolder.write("---\nname: Школа № 2\n---\n", to: content + "/schools/shkola-2.md")
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        #expect(FileManager.default.fileExists(atPath: output + "/schools/shkola-2/index.html"))
        try FileManager.default.removeItem(atPath: content + "/schools/shkola-2.md")
        let again = SiteFixture.build(content: content, output: output)
        #expect(again.succeeded)
        #expect(again.write.removed == 3)
        #expect(!FileManager.default.fileExists(atPath: output + "/schools/shkola-2"))
        #expect(FileManager.default.fileExists(atPath: output + "/schools/shkola-1/index.html"))
    }

    @Test func onlyDependentPagesAreRendered() throws {
        let content = try SiteFixture.copy("mini")
        let output = SiteFixture.temporaryFolder()
        let first = SiteFixture.build(content: content, output: output)
        let order = content + "/orders/prikaz-7.md"
        try String(contentsOfFile: order, encoding: .utf8).replacingOccurrences(
            of: "place: с. Тестовое", with: "place: с. Новое"
        )
        .write(toFile: order, atomically: true, encoding: .utf8)
        let second = SiteFixture.build(content: content, output: output)
        // The order itself, the roadmap it approves (its page and printable document, whose stamp
        // names the order) and its report, and the index.
        #expect(second.rendered == 5)
        #expect(second.rendered < first.rendered)
    }

    @Test func aPageRemovedByHandIsWrittenAgain() throws {
        let output = SiteFixture.temporaryFolder()
        _ = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        try FileManager.default.removeItem(atPath: output + "/roadmaps/plan/index.html")
        let again = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        // The roadmap's job: its page and its printable document.
        #expect(again.rendered == 2)
        #expect(FileManager.default.fileExists(atPath: output + "/roadmaps/plan/index.html"))
    }
}

extension IncrementalBuildTests {
    @Test func addingASchoolRendersOnlyWhatShowsIt() throws {
        let content = try SiteFixture.copy("mini")
        let output = SiteFixture.temporaryFolder()
        _ = SiteFixture.build(content: content, output: output)
        try "---\nname: Школа № 0\n---\n".write(
            toFile: content + "/schools/a-shkola.md", atomically: true, encoding: .utf8)
        let rebuilt = SiteFixture.build(content: content, output: output)
        // The new school's page and fragment, and the index.
        #expect(rebuilt.rendered == 3)
    }
}

extension IncrementalBuildTests {
    @Test func aSiteWithWarningsIsNotJustVerified() throws {
        let content = try SiteFixture.copy("mini")
        let school = content + "/schools/shkola-1.md"
        try String(contentsOfFile: school, encoding: .utf8).replacingOccurrences(
            of: "joined: 2022", with: "joined: 2022\ncolour: red"
        )
        .write(toFile: school, atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).diagnostics.warningCount == 1)
        let again = SiteFixture.build(content: content, output: output)
        #expect(!again.verifiedUnchanged)
        #expect(again.diagnostics.warningCount == 1)
        #expect(again.rendered == 0)
    }

    @Test func anotherDateIsNotJustVerified() throws {
        let output = SiteFixture.temporaryFolder()
        _ = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        let later = SiteBuilder.build(
            BuildOptions(
                content: SiteBuilderTests.mini, templates: SiteFixture.templates, output: output,
                asOf: LocalDate(year: 2022, month: 12, day: 31), today: LocalDate(year: 2026, month: 1, day: 1)!),
            theme: DefaultTheme())
        #expect(!later.verifiedUnchanged)
        #expect(later.rendered == later.pages)
    }
}

extension IncrementalBuildTests {
    /// Pages are written while others are still rendered: when a write fails, pages of the failed
    /// build are already on disk, so the next build must not trust the earlier build's record.
    @Test func aFailedWriteIsReportedAndTheNextBuildRepairsTheSite() throws {
        let content = try SiteFixture.copy("mini")
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let school = content + "/schools/shkola-1.md"
        let original = try String(contentsOfFile: school, encoding: .utf8)
        // Same length, so that sizes on disk cannot tell the two builds apart.
        try original.replacingOccurrences(of: "short_name: Школа № 1", with: "short_name: Школа № 2")
            .write(toFile: school, atomically: true, encoding: .utf8)
        let blocked = output + "/schools/shkola-1/index.html"
        try FileManager.default.removeItem(atPath: blocked)
        try FileManager.default.createDirectory(atPath: blocked + "/inside", withIntermediateDirectories: true)

        let failed = SiteFixture.build(content: content, output: output)
        #expect(failed.diagnostics.all.map(\.code) == [.outputWriteFailed])
        #expect(failed.outputChanged)
        #expect(try String(contentsOfFile: output + "/index.html", encoding: .utf8).contains("Школа №\u{A0}2"))

        try FileManager.default.removeItem(atPath: blocked)
        try original.write(toFile: school, atomically: true, encoding: .utf8)
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let full = SiteFixture.temporaryFolder()
        _ = SiteFixture.build(content: content, output: full)
        #expect(ScratchFolder.snapshot(output) == ScratchFolder.snapshot(full))
    }
}

/// One karta at a time on an output folder (issue #33).
struct OutputLockTests {
    @Test func aSecondBuildOfTheSameFolderWaitsForNone() throws {
        let output = SiteFixture.temporaryFolder()
        var held: OutputLock? = try OutputLock.acquire(output: output).get()
        #expect(held != nil)
        let refused = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        #expect(refused.diagnostics.all.map(\.code) == [.outputBusy])
        #expect(refused.diagnostics.all.first?.location.file == output)
        #expect(!FileManager.default.fileExists(atPath: output))
        held = nil
        #expect(SiteFixture.build(content: SiteBuilderTests.mini, output: output).succeeded)
        // Another folder is another lock.
        let other = try OutputLock.acquire(output: output).get()
        #expect(SiteFixture.build(content: SiteBuilderTests.mini, output: SiteFixture.temporaryFolder()).succeeded)
        withExtendedLifetime(other) {}
    }

    /// A link to nothing as the output folder is named as such, not as «a file, not a folder».
    @Test func aDanglingLinkAsTheOutputIsNamed() throws {
        let output = SiteFixture.temporaryFolder()
        try FileManager.default.createDirectory(
            atPath: FileSystem.parent(of: output), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: output + "-nowhere/site")
        let result = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        #expect(result.diagnostics.all.map(\.code) == [.outputDanglingLink])
        #expect(!FileManager.default.fileExists(atPath: output + "-nowhere"))
    }
}
