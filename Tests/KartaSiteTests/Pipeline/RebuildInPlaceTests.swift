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
        Edit(
            file: "roadmaps/municipal-2025.md", old: "goal: Повышение качества", new: "goal: Рост качества",
            inPlace: true),
        // A measure's state: the progress of every school it concerns, and of the index.
        Edit(
            file: "roadmaps/municipal-2025.md", old: "        status: planned\n      - id: \"1.8\"",
            new: "        status: done\n        done: 2025-10-20\n      - id: \"1.8\"", inPlace: true),
        // A roadmap now lists a school that does not list it: that school's page gains it.
        Edit(
            file: "roadmaps/berezovka-2025.md", old: "schools: [berezovka-sosh]",
            new: "schools: [berezovka-sosh, klyuchi-oosh]",
            inPlace: true),
        // A school's name: the roadmaps listing it, the order's assignments, the index.
        Edit(
            file: "schools/klyuchi-oosh.md", old: "short_name: МБОУ Ключевская ООШ",
            new: "short_name: МБОУ Ключевская школа",
            inPlace: true),
        // A school now lists a roadmap that does not list it: its own pages and the site data.
        Edit(
            file: "schools/klyuchi-oosh.md", old: "  - municipal-2025\ndocuments:",
            new: "  - municipal-2025\n  - berezovka-2025\ndocuments:", inPlace: true),
        Edit(file: "orders/prikaz-2025-118.md", old: "place: пос. Примерный", new: "place: пос. Новый", inPlace: true),
        Edit(file: "roadmaps/berezovka-2025.md", old: "schools: [berezovka-sosh]", new: "schools: []", inPlace: true),
        // Warnings: of the file's decoding, of its links, of the whole site.
        Edit(
            file: "roadmaps/municipal-2025.md", old: "---\ntitle: ", new: "---\nunknown_key: 1\ntitle: Новая — ",
            inPlace: true),
        Edit(
            file: "schools/berezovka-sosh.md", old: "href: files/berezovka/prikaz-uchastie.pdf",
            new: "href: files/berezovka/net-takogo.pdf", inPlace: true),
        Edit(
            file: "roadmaps/berezovka-2025.md", old: "level: school",
            new: "level: school\napproved_by: prikaz-2025-118",
            inPlace: true),
        // A monitoring table's value: the roadmap's pages and data, its schools' sections.
        Edit(
            file: "monitoring/municipal-2025/2025-10-01.csv", old: "berezovka-sosh;31,5;", new: "berezovka-sosh;29,5;",
            inPlace: true),
        // A bad cell in a table: built in full, which reports it.
        Edit(
            file: "monitoring/municipal-2025/2025-10-01.csv", old: "berezovka-sosh;31,5;", new: "berezovka-sosh;н/д;",
            inPlace: false),
        // Errors, site.yml, an added file: built in full.
        Edit(
            file: "roadmaps/municipal-2025.md", old: "approved_by: prikaz-2025-118",
            new: "approved_by: prikaz-2025-119",
            inPlace: false),
        Edit(file: "site.yml", old: "as_of: 2026-02-02", new: "as_of: 2026-03-02", inPlace: false),
        // Another slug: the site's order of roadmaps, its links and paths change.
        Edit(
            file: "roadmaps/berezovka-2025.md", old: "level: school", new: "level: school\nslug: a-berezovka",
            inPlace: false),
        Edit(file: "schools/new-school.md", old: "", new: "---\nname: Новая школа\n---\n", inPlace: false),
        // A decision done: the protocols, the roadmap, the school and the calendars that show it.
        // Decisions concern pages across the site, so a meeting is read with the whole folder.
        Edit(
            file: "meetings/rabochaya-gruppa-2026-01.md", old: "due: 2026-01-30\n",
            new: "due: 2026-01-30\n        status: done\n        done: 2026-01-28\n", inPlace: false)
    ]

    static func options(_ content: String, output: String) -> BuildOptions {
        BuildOptions(
            content: content, templates: SiteFixture.templates, output: output,
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
        let content = try ScratchFolder.copy(SiteFixture.packageRoot.appendingPathComponent("content"), as: "content")
            .path
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
        let rebuilt = SiteBuilder.build(
            options, theme: DefaultTheme(), state: &state,
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
        #expect(rebuilt.diagnostics.sorted == reference.diagnostics.sorted)
        if reference.succeeded {
            #expect(ScratchFolder.snapshot(output) == ScratchFolder.snapshot(full))
        }
    }

    /// Without a watcher's paths (polling, or a path not known): each file's stamp is compared.
    @Test func severalRebuildsInARowGiveTheSiteOfAFullBuild() throws {
        let content = try ScratchFolder.copy(SiteFixture.packageRoot.appendingPathComponent("content"), as: "content")
            .path
        let output = SiteFixture.temporaryFolder()
        var state = BuildState(savedFor: Self.options(content, output: output), ownsOutput: true)
        _ = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        // The last two drop the links of the school and the roadmap the third and the fifth added:
        // the school's pages lose the roadmap again.
        let drops = [
            Edit(
                file: "roadmaps/berezovka-2025.md", old: "schools: [berezovka-sosh, klyuchi-oosh]",
                new: "schools: [berezovka-sosh]", inPlace: true),
            Edit(file: "schools/klyuchi-oosh.md", old: "  - berezovka-2025\n", new: "", inPlace: true)
        ]
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
        try ScratchFolder.edit(
            content + "/roadmaps/municipal-2025.md", replacing: "goal: Рост качества", with: "goal: Подъём качества")
        let after = SiteBuilder.build(Self.options(content, output: output), theme: DefaultTheme(), state: &state)
        #expect(after.changedFiles != nil)
    }

    /// A site with warnings is rebuilt in place too: the changed files' warnings are found again,
    /// the others' are kept, and the whole site's checks run again; each rebuild reports what a
    /// full build would, and the saved manifest says whether there was any.
    @Test func warningsAreKeptAndFoundAgain() throws {
        let content = try ScratchFolder.copy(SiteFixture.packageRoot.appendingPathComponent("content"), as: "content")
            .path
        let output = SiteFixture.temporaryFolder()
        let options = Self.options(content, output: output)
        // A warning of one file's decoding, and one of the whole site (an approval the order does not print).
        try ScratchFolder.edit(
            content + "/schools/klyuchi-oosh.md", replacing: "short_name: ", with: "unknown_key: 1\nshort_name: ")
        try ScratchFolder.edit(
            content + "/roadmaps/berezovka-2025.md", replacing: "level: school",
            with: "level: school\napproved_by: prikaz-2025-118")
        var state = BuildState(savedFor: options, ownsOutput: true)
        let first = SiteBuilder.build(options, theme: DefaultTheme(), state: &state)
        #expect(first.diagnostics.sorted.map(\.code) == [.approvalNotInOrder, .unknownKey])

        let steps: [(file: String, old: String, new: String, codes: [DiagnosticCode])] = [
            (
                "roadmaps/municipal-2025.md", "goal: Повышение качества", "goal: Рост качества",
                [.approvalNotInOrder, .unknownKey]
            ),
            ("roadmaps/berezovka-2025.md", "approved_by: prikaz-2025-118\n", "", [.unknownKey]),
            (
                "orders/prikaz-2025-118.md", "  - roadmap: municipal-2025\n",
                "  - roadmap: municipal-2025\n  - roadmap: municipal-2025\n",
                [.repeatedReference, .unknownKey]
            ),
            ("schools/klyuchi-oosh.md", "unknown_key: 1\n", "", [.repeatedReference]),
            (
                "orders/prikaz-2025-118.md", "  - roadmap: municipal-2025\n  - roadmap: municipal-2025\n",
                "  - roadmap: municipal-2025\n", []
            )
        ]
        for step in steps {
            try ScratchFolder.edit(content + "/" + step.file, replacing: step.old, with: step.new)
            let rebuilt = SiteBuilder.build(
                options, theme: DefaultTheme(), state: &state, changed: [content + "/" + step.file])
            #expect(rebuilt.changedFiles == [content + "/" + step.file], "\(step.file)")
            #expect(rebuilt.diagnostics.sorted.map(\.code) == step.codes, "\(step.file)")
            let reference = SiteBuilder.build(
                Self.options(content, output: SiteFixture.temporaryFolder()), theme: DefaultTheme())
            #expect(rebuilt.diagnostics.sorted == reference.diagnostics.sorted, "\(step.file)")
            // `karta build` after `karta serve` prints the warnings again, if there are any.
            state.save(for: options)
            #expect(BuildManifest(forOutput: output).clean == step.codes.isEmpty, "\(step.file)")
        }
        let full = SiteFixture.temporaryFolder()
        _ = SiteBuilder.build(Self.options(content, output: full), theme: DefaultTheme())
        #expect(ScratchFolder.snapshot(output) == ScratchFolder.snapshot(full))
    }
}
