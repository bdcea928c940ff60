import KartaTestSupport
import Foundation
import Testing
import KartaCore
@testable import KartaSite
import KartaTemplates

struct SiteBuilderTests {
    static var mini: String { SiteFixture.testsRoot.appendingPathComponent("Fixtures/mini/content").path }

    @Test func serialAndParallelBuildsAreByteIdentical() {
        let a = SiteFixture.temporaryFolder(), b = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: Self.mini, output: a, parallel: true).succeeded)
        #expect(SiteFixture.build(content: Self.mini, output: b, parallel: false).succeeded)
        let first = ScratchFolder.snapshot(a), second = ScratchFolder.snapshot(b)
        // 9 pages (a school's page and fragment, a protocol, its materials and extract), 3 stylesheets, 1
        // attachment, the marker, and the open data: site and roadmap JSON, the schema, the roadmap's
        // table and calendar, the school's calendar.
        #expect(first.count == 21)
        #expect(first == second)
    }

    @Test func rebuildWritesNothingAndRemovesStaleFiles() throws {
        let output = SiteFixture.temporaryFolder()
        let first = SiteFixture.build(content: Self.mini, output: output)
        #expect(first.write == WriteSummary(written: 20, unchanged: 0, removed: 0))
        #expect(first.pages == 10)
        let second = SiteFixture.build(content: Self.mini, output: output)
        #expect(second.write == WriteSummary(written: 0, unchanged: 20, removed: 0))
        try "old".write(toFile: output + "/roadmaps/old.html", atomically: true, encoding: .utf8)
        let third = SiteFixture.build(content: Self.mini, output: output)
        #expect(third.write.removed == 1)
        #expect(!FileManager.default.fileExists(atPath: output + "/roadmaps/old.html"))
    }

    /// A page no longer made is removed: by difference with what the manifest says the last build
    /// left (no walk of the folder), and by a walk when the manifest is gone.
    @Test(arguments: [true, false])
    func pagesNoLongerMadeAreRemoved(keepManifest: Bool) throws {
        let content = try SiteFixture.copy("mini")
        try "---\nname: Новая школа\n---\n".write(
            toFile: content + "/schools/novaya.md", atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let slug = "novaya"
        #expect(FileManager.default.fileExists(atPath: output + "/schools/\(slug)/index.html"))
        try FileManager.default.removeItem(atPath: content + "/schools/novaya.md")
        if !keepManifest { BuildManifest.discard(forOutput: output) }
        let result = SiteFixture.build(content: content, output: output)
        #expect(result.succeeded)
        #expect(result.write.removed == 3, "page, fragment, calendar")
        #expect(!FileManager.default.fileExists(atPath: output + "/schools/\(slug)/index.html"))
        #expect(!FileManager.default.fileExists(atPath: output + "/schools/\(slug)/fragment.html"))
    }

    @Test func failedBuildLeavesOutputUntouched() throws {
        let content = try SiteFixture.copy("mini")
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let before = ScratchFolder.snapshot(output)
        let roadmap = content + "/roadmaps/plan.md"
        let text = try String(contentsOfFile: roadmap, encoding: .utf8)
            .replacingOccurrences(of: "title: Семинар", with: "title: Семинар\n        status: finished")
        try text.write(toFile: roadmap, atomically: true, encoding: .utf8)
        try "---\nname: Новая\n---\n".write(toFile: content + "/schools/novaya.md", atomically: true, encoding: .utf8)
        let result = SiteFixture.build(content: content, output: output)
        #expect(!result.succeeded)
        #expect(result.diagnostics.all.map(\.code) == [.invalidValue])
        #expect(!result.outputChanged)
        #expect(ScratchFolder.snapshot(output) == before)
    }

    @Test func refusesToCleanAFolderKartaDidNotCreate() throws {
        let output = SiteFixture.temporaryFolder()
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try "мой файл".write(toFile: output + "/notes.txt", atomically: true, encoding: .utf8)
        let result = SiteFixture.build(content: Self.mini, output: output)
        #expect(result.diagnostics.all.map(\.code) == [.outputNotKarta])
        #expect(ScratchFolder.snapshot(output).keys.sorted() == ["notes.txt"])
    }

    @Test func contentNeverInjectsScript() throws {
        let content = try SiteFixture.copy("mini")
        let school = content + "/schools/shkola-1.md"
        let text = try String(contentsOfFile: school, encoding: .utf8)
            .replacingOccurrences(of: "short_name: Школа № 1", with: "short_name: <script>alert(1)</script>")
            .replacingOccurrences(
                of: "Школа участвует",
                with:
                    "<script>alert(2)</script>\n<img src=x onerror=alert(3)>\n[x](javascript:alert(4))\n\nШкола участвует"
            )
        try text.write(toFile: school, atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: content, output: output)
        #expect(result.succeeded, "\(result.formattedDiagnostics())")
        for (path, data) in ScratchFolder.snapshot(output) where path.hasSuffix(".html") {
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
        let text = try String(contentsOfFile: school, encoding: .utf8).replacingOccurrences(
            of: "joined: 2022", with: "joined: 2022\nslug: \"\(slug)\"")
        try text.write(toFile: school, atomically: true, encoding: .utf8)
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: content, output: output)
        #expect(result.diagnostics.all.contains { $0.code == .invalidSlug })
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func symbolicLinksInFilesAreNotCopied() throws {
        let content = try SiteFixture.copy("mini")
        try FileManager.default.createSymbolicLink(
            atPath: content + "/files/secret.txt", withDestinationPath: "/etc/hostname")
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
        for (path, data) in ScratchFolder.snapshot(output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("src=\"http"), "\(path)")
            #expect(!html.contains("href=\"/"), "\(path)")
            #expect(!html.contains("<link rel=\"stylesheet\" href=\"http"), "\(path)")
            #expect(html.contains("lang=\"ru\""), "\(path)")
        }
    }
}

/// The theme's stylesheets are read from `Templates/assets/` on every build.
struct ThemeAssetsTests {
    static func copyOfTemplates() throws -> String {
        let target = SiteFixture.temporaryFolder("Templates")
        try FileManager.default.createDirectory(
            atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: SiteFixture.templates, toPath: target)
        return target
    }

    @Test func missingAssetsFolderStopsTheBuildWithALocatedError() throws {
        let templates = try Self.copyOfTemplates()
        try FileManager.default.removeItem(atPath: templates + "/assets")
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: SiteBuilderTests.mini, output: output, templates: templates)
        #expect(result.diagnostics.all.map(\.code) == [.assetsMissing])
        #expect(result.diagnostics.all.first?.location.file == templates + "/assets")
        #expect(
            result.formattedDiagnostics().contains(
                ": ошибка: в указанной папке шаблонов нет папки со стилями оформления (assets)"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func changedStylesheetIsCopiedAndPagesAreKept() throws {
        let templates = try Self.copyOfTemplates()
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: SiteBuilderTests.mini, output: output, templates: templates).succeeded)
        try "body { color: black; }\n".write(toFile: templates + "/assets/style.css", atomically: true, encoding: .utf8)
        let again = SiteFixture.build(content: SiteBuilderTests.mini, output: output, templates: templates)
        #expect(again.succeeded)
        #expect(try String(contentsOfFile: output + "/assets/style.css", encoding: .utf8) == "body { color: black; }\n")
        #expect(again.write.written == 1, "pages rendered again are the same; only the stylesheet is new")
    }

    /// The default theme's own assets are `Templates/assets/` compiled in; a templates folder
    /// replaces them file by file and may add its own.
    @Test func builtInStylesAreTheTemplatesFolderAndAnOverrideReplacesOneFile() throws {
        let builtIn = try ThemeAssets.load(theme: DefaultTheme(), overrides: nil).get()
        let fromDisk = try ThemeAssets.load(theme: ThemeTests.PlainTheme(), overrides: SiteFixture.templates).get()
        #expect(builtIn.files.map(\.path) == ["assets/fragment.css", "assets/print.css", "assets/style.css"])
        #expect(builtIn.files == fromDisk.files)
        #expect(builtIn.fragmentCSS == fromDisk.fragmentCSS && !builtIn.fragmentCSS.isEmpty)

        let templates = SiteFixture.temporaryFolder("Templates")
        try ScratchFolder.write("body { color: black; }\n", to: templates + "/assets/style.css")
        try ScratchFolder.write("img { border: 0; }\n", to: templates + "/assets/extra/logo.css")
        let mixed = try ThemeAssets.load(theme: DefaultTheme(), overrides: templates).get()
        #expect(
            mixed.files.map(\.path) == [
                "assets/extra/logo.css", "assets/fragment.css", "assets/print.css", "assets/style.css"
            ])
        #expect(mixed.files.last?.bytes == Array("body { color: black; }\n".utf8))
        #expect(mixed.files[1] == builtIn.files[0])
    }

    /// `Templates/` beside the content folder overrides only when it has `assets/`.
    @Test func aTemplatesFolderBesideTheContentOverridesWhenItHasStyles() throws {
        let root = try ScratchFolder.make("beside")
        let content = root.appendingPathComponent("content").path
        #expect(ThemeAssets.overrides(templates: nil, content: content) == nil)
        try FileManager.default.createDirectory(atPath: root.path + "/Templates", withIntermediateDirectories: true)
        #expect(ThemeAssets.overrides(templates: nil, content: content + "/") == nil)
        try FileManager.default.createDirectory(
            atPath: root.path + "/Templates/assets", withIntermediateDirectories: true)
        #expect(ThemeAssets.overrides(templates: nil, content: content) == root.path + "/Templates")
        #expect(ThemeAssets.overrides(templates: "mine", content: content) == "mine")
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
        #expect(result.diagnostics.all.map(\.code) == [.invalidBaseURL])
        #expect(result.diagnostics.all.first?.location.line == 6)
    }

    /// `--output content/files/site` would nest a copy of the site in itself on every build.
    @Test(arguments: ["files/site", ".", "schools"])
    func anOutputInsideTheContentIsRefused(relative: String) throws {
        let content = try SiteFixture.copy("mini")
        let before = ScratchFolder.snapshot(content)
        let result = SiteFixture.build(content: content, output: content + "/" + relative)
        #expect(result.diagnostics.all.map(\.code) == [.outputInsideContent])
        #expect(ScratchFolder.snapshot(content) == before)
    }

    @Test func theContentInsideTheOutputIsRefused() throws {
        let content = try SiteFixture.copy("mini")
        let result = SiteFixture.build(content: content, output: (content as NSString).deletingLastPathComponent)
        #expect(result.diagnostics.all.map(\.code) == [.outputInsideContent])
    }

    /// 2,000 links to missing files in one measure: every one reported, in time linear in the input.
    @Test func thousandsOfMissingFilesAreReportedOnce() throws {
        let content = try SiteFixture.copy("mini")
        let links = (1...2_000).map { "          - {title: Файл \($0), href: files/none-\($0).pdf}" }.joined(
            separator: "\n")
        try ScratchFolder.edit(
            content + "/roadmaps/plan.md", replacing: "          - title: Протокол\n            href: files/doc.pdf",
            with: "          - title: Протокол\n            href: files/doc.pdf\n" + links)
        let result = SiteFixture.build(content: content, output: SiteFixture.temporaryFolder())
        #expect(result.diagnostics.warningCount == 2_000)
        let report = result.formattedDiagnostics()
        #expect(report.contains("не показано сообщений об этом файле: 1900"))
    }
}
