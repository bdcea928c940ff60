import Foundation
import KartaCore
import KartaTemplates
import KartaTestSupport
import Testing
@testable import KartaSite

/// `karta serve`'s rebuild in place (`SiteBuilder.rebuild`): a change to a few files of a site
/// without problems is decoded, resolved and rendered alone, and leaves the output byte-identical
/// to a full build of the same content; any other change is built in full.
struct RebuildInPlaceTests {
    struct Edit: Sendable, CustomStringConvertible {
        let file: String
        let old: String
        let new: String
        /// Taken in place, or built in full.
        let inPlace: Bool
        var description: String { "\(file): «\(old.prefix(30))» → «\(new.prefix(30))»" }
    }

    static let edits: [Edit] = [
        // The text of a roadmap: its page, its report, the order printing it.
        Edit(file: "roadmaps/municipal-2025.md", old: "goal: Повышение качества", new: "goal: Рост качества", inPlace: true),
        // A measure's state: the progress of every school it concerns, and of the index.
        Edit(file: "roadmaps/municipal-2025.md", old: "        status: planned\n      - id: \"1.8\"",
             new: "        status: done\n        done: 2025-10-20\n      - id: \"1.8\"", inPlace: true),
        // A roadmap now lists a school that does not list it: that school's page gains it.
        Edit(file: "roadmaps/berezovka-2025.md", old: "schools: [berezovka-sosh]", new: "schools: [berezovka-sosh, klyuchi-oosh]",
             inPlace: true),
        // A school's name: the roadmaps listing it, the order's assignments, the index.
        Edit(file: "schools/klyuchi-oosh.md", old: "short_name: МБОУ Ключевская ООШ", new: "short_name: МБОУ Ключевская школа",
             inPlace: true),
        // A school now lists a roadmap that does not list it: its own pages and the site data.
        Edit(file: "schools/klyuchi-oosh.md", old: "  - municipal-2025\ndocuments:",
             new: "  - municipal-2025\n  - berezovka-2025\ndocuments:", inPlace: true),
        Edit(file: "orders/prikaz-2025-118.md", old: "place: пос. Примерный", new: "place: пос. Новый", inPlace: true),
        Edit(file: "roadmaps/berezovka-2025.md", old: "schools: [berezovka-sosh]", new: "schools: []", inPlace: true),
        // Problems, site.yml, an added file: built in full.
        Edit(file: "roadmaps/municipal-2025.md", old: "approved_by: prikaz-2025-118", new: "approved_by: prikaz-2025-119",
             inPlace: false),
        Edit(file: "roadmaps/municipal-2025.md", old: "level: municipal", new: "level: municipal\nunknown_key: 1", inPlace: false),
        Edit(file: "site.yml", old: "as_of: 2026-02-02", new: "as_of: 2026-03-02", inPlace: false),
        // Another slug: the site's order of roadmaps, its links and paths change.
        Edit(file: "roadmaps/berezovka-2025.md", old: "level: school", new: "level: school\nslug: a-berezovka", inPlace: false),
        Edit(file: "schools/new-school.md", old: "", new: "---\nname: Новая школа\n---\n", inPlace: false),
    ]

    static func options(_ content: String, output: String) -> BuildOptions {
        BuildOptions(content: content, templates: SiteFixture.templates, output: output,
                     today: LocalDate(year: 2026, month: 1, day: 1)!)
    }

    static func apply(_ edit: Edit, in content: String) throws {
        let path = content + "/" + edit.file
        if edit.old.isEmpty {
            try ScratchFolder.write(edit.new, to: path)
        } else {
            try ScratchFolder.edit(path, replacing: edit.old, with: edit.new)
        }
    }

    @Test(arguments: edits)
    func aRebuildGivesTheSiteOfAFullBuild(_ edit: Edit) throws {
        let content = try ScratchFolder.copy(SiteFixture.packageRoot.appendingPathComponent("content"), as: "content").path
        let output = SiteFixture.temporaryFolder()
        var state = BuildState(savedFor: Self.options(content, output: output), ownsOutput: true)
        let first = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        #expect(first.diagnostics.all.isEmpty)
        #expect(state.live != nil)

        try Self.apply(edit, in: content)
        let written = Locked<[String]>([])
        var options = Self.options(content, output: output)
        options.pagesWritten = { paths in written.withLock { $0 += paths } }
        // As `karta serve` does: the watcher names the file.
        let rebuilt = SiteBuilder.build(options, theme: DefaultTheme(), state: &state,
                                        changed: [FileSystem.folder(content) + "/" + edit.file])
        #expect((rebuilt.changedFiles != nil) == edit.inPlace)
        if edit.inPlace {
            #expect(rebuilt.succeeded)
            #expect(rebuilt.changedFiles == [content + "/" + edit.file])
            #expect(rebuilt.rendered > 0 && rebuilt.rendered < first.rendered)
            // The changed file's own pages came first, before the index and the site data.
            #expect(!written.withLock { $0 }.isEmpty)
            #expect(!written.withLock { $0 }.contains("index.html"))
        }
        let full = SiteFixture.temporaryFolder()
        let reference = SiteBuilder.build(Self.options(content, output: full), theme: DefaultTheme())
        #expect(rebuilt.diagnostics.all.map(\.description) == reference.diagnostics.all.map(\.description))
        if reference.succeeded {
            #expect(ScratchFolder.snapshot(output) == ScratchFolder.snapshot(full))
        }
    }

    /// Without a watcher's paths (polling, or a path not known): each file's stamp is compared.
    @Test func severalRebuildsInARowGiveTheSiteOfAFullBuild() throws {
        let content = try ScratchFolder.copy(SiteFixture.packageRoot.appendingPathComponent("content"), as: "content").path
        let output = SiteFixture.temporaryFolder()
        var state = BuildState(savedFor: Self.options(content, output: output), ownsOutput: true)
        _ = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        // The last two drop the links of the school and the roadmap the third and the fifth added:
        // the school's pages lose the roadmap again.
        let drops = [Edit(file: "roadmaps/berezovka-2025.md", old: "schools: [berezovka-sosh, klyuchi-oosh]",
                          new: "schools: [berezovka-sosh]", inPlace: true),
                     Edit(file: "schools/klyuchi-oosh.md", old: "  - berezovka-2025\n", new: "", inPlace: true)]
        for edit in Self.edits.prefix(6) + drops {
            try Self.apply(edit, in: content)
            let rebuilt = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
            #expect(rebuilt.changedFiles != nil, "\(edit)")
        }
        // Nothing changed since: nothing is rendered.
        let again = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        #expect(again.changedFiles == [])
        #expect(again.rendered == 0)
        let full = SiteFixture.temporaryFolder()
        _ = SiteBuilder.build(Self.options(content, output: full), theme: DefaultTheme())
        #expect(ScratchFolder.snapshot(output) == ScratchFolder.snapshot(full))

        // A problem is built in full and reported; once fixed, the rebuilds are in place again.
        let broken = Self.edits.first { $0.old.hasPrefix("approved_by") }!
        try Self.apply(broken, in: content)
        let failed = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        #expect(!failed.succeeded)
        try ScratchFolder.edit(content + "/" + broken.file, replacing: broken.new, with: broken.old)
        let fixed = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        #expect(fixed.succeeded && fixed.changedFiles == nil)
        try ScratchFolder.edit(content + "/roadmaps/municipal-2025.md", replacing: "goal: Рост качества", with: "goal: Подъём качества")
        let after = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        #expect(after.changedFiles != nil)
    }
}
