import Foundation
import KartaTestSupport
import Testing
@testable import KartaCore

/// `ContentLoader.read(changed:previous:)`: what a watcher names is read alone when it is a
/// content file that was there and still is; anything else sends the caller to a full read.
struct ChangedReadTests {
    enum Outcome: Sendable {
        case reads([String])
        case fullRead
    }

    struct Case: Sendable, CustomStringConvertible {
        let description: String
        /// Done to the demo content before the read.
        let prepare: @Sendable (String) throws -> Void
        /// Relative to the content folder, or absolute.
        let changed: [String]
        let outcome: Outcome
    }

    static let cases: [Case] = [
        Case(
            description: "a roadmap edited",
            prepare: {
                try ScratchFolder.edit($0 + "/roadmaps/municipal-2025.md", replacing: "goal: ", with: "goal: Новая ")
            },
            changed: ["roadmaps/municipal-2025.md"], outcome: .reads(["roadmaps/municipal-2025.md"])),
        Case(
            description: "an editor's temporary file, gone again", prepare: { _ in },
            changed: ["roadmaps/sedX1b2c3", "schools/4913"], outcome: .reads([])),
        Case(
            description: "a hidden swap file",
            prepare: { try ScratchFolder.write("x", to: $0 + "/schools/.klyuchi-oosh.md.swp") },
            changed: ["schools/.klyuchi-oosh.md.swp"], outcome: .reads([])),
        Case(
            description: "an editor's backup and autosave, kept",
            prepare: { folder in
                try ScratchFolder.write("x", to: folder + "/schools/klyuchi-oosh.md~")
                try ScratchFolder.write("x", to: folder + "/roadmaps/#municipal-2025.md#")
                try ScratchFolder.write("x", to: folder + "/site.yml~")
            }, changed: ["schools/klyuchi-oosh.md~", "roadmaps/#municipal-2025.md#", "site.yml~"], outcome: .reads([])),
        Case(
            description: "paths outside the content folder", prepare: { _ in },
            changed: ["/elsewhere/Templates/assets/style.css"], outcome: .reads([])),
        Case(description: "site.yml", prepare: { _ in }, changed: ["site.yml"], outcome: .fullRead),
        Case(
            description: "a file added",
            prepare: { try ScratchFolder.write("---\nname: Школа\n---\n", to: $0 + "/schools/new.md") },
            changed: ["schools/new.md"], outcome: .fullRead),
        Case(
            description: "a file removed",
            prepare: { try FileManager.default.removeItem(atPath: $0 + "/schools/klyuchi-oosh.md") },
            changed: ["schools/klyuchi-oosh.md"], outcome: .fullRead),
        Case(
            description: "an entry that is not .md",
            prepare: { try ScratchFolder.write("x", to: $0 + "/schools/notes.txt") },
            changed: ["schools/notes.txt"], outcome: .fullRead),
        Case(
            description: "an attachment", prepare: { try ScratchFolder.write("x", to: $0 + "/files/new.pdf") },
            changed: ["files/new.pdf"], outcome: .fullRead),
        Case(
            description: "a content file replaced by a link",
            prepare: { folder in
                try FileManager.default.removeItem(atPath: folder + "/schools/klyuchi-oosh.md")
                try FileManager.default.createSymbolicLink(
                    atPath: folder + "/schools/klyuchi-oosh.md", withDestinationPath: "/etc/passwd")
            }, changed: ["schools/klyuchi-oosh.md"], outcome: .fullRead)
    ]

    @Test(arguments: cases)
    func readsOnlyWhatItCan(_ test: Case) throws {
        let content = try DecodeCacheTests.demoCopy()
        let previous = ContentLoader.decode(ContentLoader.read(from: content))
        try test.prepare(content)
        let root = FileSystem.folder(content)
        let sources = ContentLoader.read(
            changed: Set(test.changed.map { $0.hasPrefix("/") ? $0 : root + "/" + $0 }), previous: previous)
        switch test.outcome {
        case .fullRead:
            #expect(sources == nil)
        case .reads(let files):
            let sources = try #require(sources)
            #expect(sources.partial && sources.complete)
            #expect(sources.files.map(\.file.relative) == files)
            #expect(sources.fingerprints.keys.sorted() == previous.fingerprints.keys.sorted())
            let change = try #require(ContentLoader.update(previous, with: sources))
            #expect(change.files == files.map { root + "/" + $0 })
            // The same content as a full read and decode of the folder.
            let full = ContentLoader.decode(ContentLoader.read(from: content))
            #expect(change.loaded.content.roadmaps == full.content.roadmaps)
            #expect(change.loaded.content.schools == full.content.schools)
            #expect(change.loaded.fingerprints == full.fingerprints)
        }
    }
}
