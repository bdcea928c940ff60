import Foundation
import Testing
import KartaCore
@testable import KartaSite

struct SiteBuilderTests {
    static var mini: String { SiteFixture.testsRoot.appendingPathComponent("Fixtures/mini/content").path }

    @Test func serialAndParallelBuildsAreByteIdentical() {
        let a = SiteFixture.temporaryFolder(), b = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: Self.mini, output: a, parallel: true).succeeded)
        #expect(SiteFixture.build(content: Self.mini, output: b, parallel: false).succeeded)
        let first = SiteFixture.snapshot(a), second = SiteFixture.snapshot(b)
        #expect(first.count == 11)
        #expect(first == second)
    }

    @Test func rebuildWritesNothingAndRemovesStaleFiles() throws {
        let output = SiteFixture.temporaryFolder()
        let first = SiteFixture.build(content: Self.mini, output: output)
        #expect(first.write == WriteSummary(written: 10, unchanged: 0, removed: 0))
        #expect(first.pages == 6)
        let second = SiteFixture.build(content: Self.mini, output: output)
        #expect(second.write == WriteSummary(written: 0, unchanged: 10, removed: 0))
        try "old".write(toFile: output + "/roadmaps/old.html", atomically: true, encoding: .utf8)
        let third = SiteFixture.build(content: Self.mini, output: output)
        #expect(third.write.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: output + "/roadmaps/old.html"))
    }

    @Test func failedBuildLeavesOutputUntouched() throws {
        let content = try SiteFixture.copy("mini")
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let before = SiteFixture.snapshot(output)
        let roadmap = content + "/roadmaps/plan.md"
        let text = try String(contentsOfFile: roadmap, encoding: .utf8)
            .replacingOccurrences(of: "title: Семинар", with: "title: Семинар\n        status: finished")
        try text.write(toFile: roadmap, atomically: true, encoding: .utf8)
        try "---\nname: Новая\n---\n".write(toFile: content + "/schools/novaya.md", atomically: true, encoding: .utf8)
        let result = SiteFixture.build(content: content, output: output)
        #expect(!result.succeeded)
        #expect(result.diagnostics.all.map(\.code) == ["invalid-value"])
        #expect(!result.outputChanged)
        #expect(SiteFixture.snapshot(output) == before)
    }

    @Test func refusesToCleanAFolderKartaDidNotCreate() throws {
        let output = SiteFixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try "мой файл".write(toFile: output + "/notes.txt", atomically: true, encoding: .utf8)
        let result = SiteFixture.build(content: Self.mini, output: output)
        #expect(result.diagnostics.all.map(\.code) == ["output-not-karta"])
        #expect(SiteFixture.snapshot(output).keys.sorted() == ["notes.txt"])
    }

    @Test func contentNeverInjectsScript() throws {
        let content = try SiteFixture.copy("mini")
        let school = content + "/schools/shkola-1.md"
        let text = try String(contentsOfFile: school, encoding: .utf8)
            .replacingOccurrences(of: "short_name: Школа № 1", with: "short_name: <script>alert(1)</script>")
            .replacingOccurrences(of: "Школа участвует", with: "<script>alert(2)</script>\n<img src=x onerror=alert(3)>\n[x](javascript:alert(4))\n\nШкола участвует")
        try text.write(toFile: school, atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: content, output: output)
        #expect(result.succeeded, "\(result.formattedDiagnostics())")
        for (path, data) in SiteFixture.snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self).lowercased()
            #expect(!html.contains("<script"), "\(path)")
            #expect(!html.contains("javascript:"), "\(path)")
            #expect(!html.contains("onerror"), "\(path)")
        }
    }

    @Test(arguments: ["../../escape", "a/b"])
    func slugsCannotEscapeTheOutputFolder(_ slug: String) throws {
        let content = try SiteFixture.copy("mini")
        let school = content + "/schools/shkola-1.md"
        let text = try String(contentsOfFile: school, encoding: .utf8).replacingOccurrences(of: "joined: 2022", with: "joined: 2022\nslug: \"\(slug)\"")
        try text.write(toFile: school, atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: content, output: output)
        #expect(result.diagnostics.all.contains { $0.code == "invalid-slug" })
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func symbolicLinksInFilesAreNotCopied() throws {
        let content = try SiteFixture.copy("mini")
        try FileManager.default.createSymbolicLink(atPath: content + "/files/secret.txt", withDestinationPath: "/etc/hostname")
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        #expect(FileManager.default.fileExists(atPath: output + "/files/doc.pdf"))
        #expect(!FileManager.default.fileExists(atPath: output + "/files/secret.txt"))
    }

    @Test func writerRejectsPathsOutsideTheFolder() {
        #expect(!SiteWriter.isSafe("../x.html"))
        #expect(!SiteWriter.isSafe("/etc/passwd"))
        #expect(!SiteWriter.isSafe("a//b"))
        #expect(SiteWriter.isSafe("schools/a/index.html"))
    }

    @Test func pagesUseOnlyRelativeLinksAndNoExternalResources() throws {
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: Self.mini, output: output).succeeded)
        for (path, data) in SiteFixture.snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("src=\"http"), "\(path)")
            #expect(!html.contains("href=\"/"), "\(path)")
            #expect(!html.contains("<link rel=\"stylesheet\" href=\"http"), "\(path)")
            #expect(html.contains("lang=\"ru\""), "\(path)")
        }
    }
}

/// A broken or missing template stops the build with a located Russian error.
struct TemplateErrorTests {
    static func copyOfTemplates() throws -> String {
        let target = SiteFixture.temporaryFolder("Templates")
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: target)
        return target
    }

    @Test func unclosedSectionIsLocated() throws {
        let templates = try Self.copyOfTemplates()
        try "{{% CONTENT_TYPE: HTML }}\n<p>\n{{#schools}}<li>{{name}}</li>\n".write(toFile: templates + "/index.mustache", atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        let result = SiteBuilder.build(BuildOptions(content: SiteBuilderTests.mini, templates: templates, output: output,
                                                    today: LocalDate(year: 2026, month: 1, day: 1)!))
        #expect(result.diagnostics.all.count == 1, "a template that does not parse is not reported again as missing")
        let diagnostic = try #require(result.diagnostics.all.first)
        #expect(diagnostic.code == "template-syntax")
        #expect(diagnostic.location.file == templates + "/index.mustache")
        #expect(diagnostic.message == "ошибка в шаблоне: секция не закрыта: нет тега {{/…}}")
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func missingTemplateIsNamed() throws {
        let templates = try Self.copyOfTemplates()
        try FileManager.default.removeItem(atPath: templates + "/order.mustache")
        let result = SiteBuilder.build(BuildOptions(content: SiteBuilderTests.mini, templates: templates,
                                                    output: SiteFixture.temporaryFolder(), today: LocalDate(year: 2026, month: 1, day: 1)!))
        #expect(result.diagnostics.all.map(\.message) == ["нет шаблона «order.mustache»"])
    }

    static func build(templates: String) -> BuildResult {
        SiteBuilder.build(BuildOptions(content: SiteBuilderTests.mini, templates: templates,
                                       output: SiteFixture.temporaryFolder(), today: LocalDate(year: 2026, month: 1, day: 1)!))
    }

    @Test func misspeltPartialIsLocatedWithASuggestion() throws {
        let templates = try Self.copyOfTemplates()
        let roadmap = templates + "/roadmap.mustache"
        let text = try String(contentsOfFile: roadmap, encoding: .utf8)
        try text.replacingOccurrences(of: "{{#progress}}{{>progress}}", with: "{{#progress}}{{> progres }}")
            .write(toFile: roadmap, atomically: true, encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("{{>progress}}") }! + 1
        let result = Self.build(templates: templates)
        let diagnostics = result.diagnostics.all
        #expect(result.formattedDiagnostics().hasSuffix("\n{{#progress}}{{> progres }}{{/progress}}\n             ^"))
        #expect(diagnostics.map(\.code) == ["template-missing-partial"])
        #expect(diagnostics.first?.message == "нет шаблона «progres», на который ссылается этот шаблон; может быть, «progress»?")
        #expect(diagnostics.first?.location == SourceLocation(file: roadmap, line: line, column: 14))
    }

    @Test func templateThatIsNotUTF8IsAnError() throws {
        let templates = try Self.copyOfTemplates()
        try Data([0x3C, 0x70, 0x3E, 0xCF, 0xF0, 0xE8]).write(to: URL(fileURLWithPath: templates + "/partials/progress.mustache"))
        let diagnostics = Self.build(templates: templates).diagnostics.all
        #expect(diagnostics.map(\.code) == ["template-unreadable"])
        #expect(diagnostics.first?.location.file == templates + "/partials/progress.mustache")
    }

    @Test func byteOrderMarkIsNotCopiedIntoPages() throws {
        let templates = try Self.copyOfTemplates()
        let layout = templates + "/layout.mustache"
        try Data([0xEF, 0xBB, 0xBF] + Array(try String(contentsOfFile: layout, encoding: .utf8).utf8))
            .write(to: URL(fileURLWithPath: layout))
        let output = SiteFixture.temporaryFolder()
        let result = SiteBuilder.build(BuildOptions(content: SiteBuilderTests.mini, templates: templates, output: output,
                                                    today: LocalDate(year: 2026, month: 1, day: 1)!))
        #expect(result.succeeded)
        #expect(try Data(contentsOf: URL(fileURLWithPath: output + "/index.html")).starts(with: Array("<!DOCTYPE html>".utf8)))
    }
}

/// With `base_url`, a school fragment links to the published site; pages stay relative.
struct FragmentLinkTests {
    @Test func fragmentLinksAreAbsoluteWithBaseURL() throws {
        let content = try SiteFixture.copy("mini")
        let site = content + "/site.yml"
        try (String(contentsOfFile: site, encoding: .utf8) + "base_url: https://school.example.org/500\n")
            .write(toFile: site, atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let fragment = try String(contentsOfFile: output + "/schools/shkola-1/fragment.html", encoding: .utf8)
        let page = try String(contentsOfFile: output + "/schools/shkola-1/index.html", encoding: .utf8)
        #expect(fragment.contains("href=\"https://school.example.org/500/files/doc.pdf\""))
        #expect(fragment.contains("href=\"https://school.example.org/500/roadmaps/plan/index.html#event-1-1\""))
        #expect(!fragment.contains("href=\"../../"))
        #expect(page.contains("href=\"../../files/doc.pdf\""))
        #expect(!page.contains("school.example.org"))
    }

    @Test func baseURLMustBeHTTP() throws {
        let content = try SiteFixture.copy("mini")
        let site = content + "/site.yml"
        try (String(contentsOfFile: site, encoding: .utf8) + "base_url: javascript:alert(1)\n")
            .write(toFile: site, atomically: true, encoding: .utf8)
        let result = SiteFixture.build(content: content, output: SiteFixture.temporaryFolder())
        #expect(result.diagnostics.all.map(\.code) == ["invalid-base-url"])
        #expect(result.diagnostics.all.first?.location.line == 6)
    }
}
