import Foundation
import KartaTestSupport
import Testing
@testable import KartaCore

struct DecodeCacheTests {
    /// A copy of the demo content whose files were last changed a minute ago: the cache keeps
    /// only files not changed in the second the read began.
    static func demoCopy() throws -> String {
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../content").standardizedFileURL
        let copy = try ScratchFolder.copy(demo, as: "content").path
        age(copy)
        return copy
    }

    static func age(_ folder: String, seconds: TimeInterval = 60) {
        let past = Date().addingTimeInterval(-seconds)
        for path in FileSystem.files(under: folder) {
            try? FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: folder + "/" + path)
        }
    }

    @Test func restoredContentEqualsDecodedContent() throws {
        let content = try Self.demoCopy()
        let fresh = ContentLoader.decode(ContentLoader.read(from: content))
        #expect(fresh.diagnostics.all.isEmpty)
        var cache = fresh.decodeCache
        #expect(cache.count == fresh.fileCount - 1 - fresh.content.rounds.count)  // all but site.yml and the tables
        cache.save(forContent: content)
        let restored = DecodeCache.load(forContent: content)
        #expect(restored.count == cache.count)
        let again = ContentLoader.decode(ContentLoader.read(from: content, cache: restored))
        #expect(again.sources.keys.sorted() == [content + "/site.yml"])  // nothing else was read
        #expect(again.content.schools == fresh.content.schools)
        #expect(again.content.roadmaps == fresh.content.roadmaps)
        #expect(again.content.orders == fresh.content.orders)
        #expect(again.fingerprints == fresh.fingerprints)
        #expect(!again.decodeCache.changed)
    }

    @Test func changedAddedAndRemovedFilesAreReadAgain() throws {
        let content = try Self.demoCopy()
        let first = ContentLoader.decode(ContentLoader.read(from: content))
        let roadmap = try #require(first.content.roadmaps.first)
        let school = try #require(first.content.schools.first)
        try ScratchFolder.edit(roadmap.file, replacing: "title: ", with: "title: Новое — ")
        try FileManager.default.removeItem(atPath: school.file)
        try ScratchFolder.write("---\nname: Новая школа\n---\n", to: content + "/schools/novaya.md")
        let second = ContentLoader.decode(ContentLoader.read(from: content, cache: first.decodeCache))
        #expect(Set(second.sources.keys) == [content + "/site.yml", roadmap.file, content + "/schools/novaya.md"])
        #expect(second.content.roadmaps.first { $0.slug == roadmap.slug }?.title.hasPrefix("Новое — ") == true)
        #expect(!second.content.schools.contains { $0.slug == school.slug })
        #expect(second.content.schools.contains { $0.slug == "novaya" })
        // Just written: not kept, so that an edit in the same clock tick is never missed.
        #expect(
            second.decodeCache.entry(
                "schools/novaya.md", stamp: FileSystem.fileStamp(of: content + "/schools/novaya.md")) == nil)
        // A few entries differ: rewriting the whole cache would cost more than decoding them again.
        #expect(first.decodeCache.changed)
        #expect(!second.decodeCache.changed)
    }

    @Test func filesWithProblemsAreNotKeptAndResolveExcerptsReadCachedFiles() throws {
        let content = try ScratchFolder.content([
            "schools/a.md": "---\nname: А\nroadmaps:\n  - nowhere\n---\n",
            "roadmaps/broken.md": "---\ntitle: [\n---\n"
        ]).path
        Self.age(content)
        let first = ContentLoader.decode(ContentLoader.read(from: content))
        #expect(
            first.decodeCache.entry("schools/a.md", stamp: FileSystem.fileStamp(of: content + "/schools/a.md")) != nil)
        #expect(first.decodeCache.count == 1)
        let second = ContentLoader.decode(ContentLoader.read(from: content, cache: first.decodeCache))
        var diagnostics = second.diagnostics
        let site = SiteResolver.resolve(
            second.content, asOf: LocalDate(year: 2025, month: 1, day: 1)!, contentDirectory: content)
        diagnostics.append(contentsOf: site.diagnostics.all)
        // The school came from the cache, yet its line is shown under the resolver's error.
        #expect(second.sources[content + "/schools/a.md"] == nil)
        #expect(second.format(diagnostics).contains("  - nowhere"))
    }

    @Test func aDamagedOrForeignCacheIsIgnored() throws {
        let content = try Self.demoCopy()
        var cache = ContentLoader.decode(ContentLoader.read(from: content)).decodeCache
        cache.save(forContent: content)
        let path = DecodeCache.path(forContent: content)
        var bytes = FileSystem.bytes(path)
        bytes.removeLast(bytes.count / 2)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(DecodeCache.load(forContent: content).count == 0)
        try Data("karta-decoded 1 another-karta\n".utf8 + FileSystem.bytes(path).dropFirst(40)).write(
            to: URL(fileURLWithPath: path))
        #expect(DecodeCache.load(forContent: content).count == 0)
    }
}
