import Foundation
import KartaCore
import KartaTestSupport
import Testing

struct ContentDatesTests {
    static let site = "title: Сайт\nas_of: 2026-02-02\n"
    static let school = "---\nname: Школа\n---\n"
    static let roadmap = "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2025}\nschools: [a]\n---\n"

    /// In git, a file's date is its last commit's; a file changed since, or not committed, takes
    /// the day it was modified.
    @Test func datesComeFromTheLastCommitOfEachFile() throws {
        let repository = try GitFixture()
        try repository.commit(
            "start", ["site.yml": Self.site, "schools/a.md": Self.school, "schools/b.md": Self.school],
            date: "2025-09-01")
        try repository.commit("roadmap", ["roadmaps/plan.md": Self.roadmap], date: "2025-11-12")
        try repository.commit("b", ["schools/b.md": Self.school + "Текст.\n"], date: "2025-12-20")
        try repository.write(["schools/new.md": Self.school])
        try repository.write(["schools/a.md": Self.school + "Правка.\n"])
        try Self.setModified(repository.content + "/schools/new.md", to: "2026-01-15")
        try Self.setModified(repository.content + "/schools/a.md", to: "2026-01-20")

        let dates = ContentLoader.read(from: repository.content).dates
        let root = repository.content
        #expect(dates.byFile[root + "/roadmaps/plan.md"]?.iso == "2025-11-12")
        #expect(dates.byFile[root + "/schools/b.md"]?.iso == "2025-12-20")
        #expect(dates.byFile[root + "/schools/a.md"]?.iso == "2026-01-20")
        #expect(dates.byFile[root + "/schools/new.md"]?.iso == "2026-01-15")
        #expect(!dates.shallow)
    }

    /// Outside git every file takes the day it was modified.
    @Test func outsideGitTheModificationDayCounts() throws {
        let content = try ScratchFolder.content(["schools/a.md": Self.school])
        try Self.setModified(content.path + "/schools/a.md", to: "2025-03-04")
        #expect(
            ContentLoader.read(from: content.path).dates.byFile[content.path + "/schools/a.md"]?.iso == "2025-03-04")
    }

    /// A shallow clone cannot date files older than its oldest commit: a located warning says so.
    @Test func aShallowCloneIsNamed() throws {
        let repository = try GitFixture()
        try repository.commit("start", ["site.yml": Self.site, "schools/a.md": Self.school], date: "2025-09-01")
        try repository.commit("b", ["schools/b.md": Self.school], date: "2025-10-01")
        let clone = try ScratchFolder.make("shallow").appendingPathComponent("clone")
        let cloned = try Command.run(
            "git", ["clone", "-q", "--depth", "1", "file://" + repository.folder.path, clone.path])
        #expect(cloned.status == 0, "\(cloned.stderr)")
        let content = clone.path + "/content"
        let loaded = SiteLoader.load(from: content, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        #expect(loaded.loaded.dates.shallow)
        #expect(loaded.diagnostics.all.map(\.code) == [.shallowHistory])
        #expect(loaded.diagnostics.all.first?.location.file == content)
        // The oldest commit of the clone stands for everything before it.
        #expect(loaded.site.updated[content + "/schools/a.md"]?.iso == "2025-10-01")
    }

    /// `stale_after_days`: a roadmap whose files (with its schools') last changed longer before the
    /// report's date than site.yml allows is a warning on the roadmap; none without the setting.
    @Test(arguments: [(nil, [DiagnosticCode]()), (30, [.staleContent]), (90, [])] as [(Int?, [DiagnosticCode])])
    func staleRoadmapsAreNamed(_ limit: Int?, _ codes: [DiagnosticCode]) throws {
        let repository = try GitFixture()
        let site = Self.site + (limit.map { "stale_after_days: \($0)\n" } ?? "")
        try repository.commit("start", ["site.yml": site, "roadmaps/plan.md": Self.roadmap], date: "2025-11-01")
        try repository.commit("school", ["schools/a.md": Self.school], date: "2025-12-01")
        let loaded = SiteLoader.load(
            from: repository.content, asOf: nil, today: LocalDate(year: 2026, month: 6, day: 1)!)
        #expect(loaded.diagnostics.all.map(\.code) == codes)
        if let warning = loaded.diagnostics.all.first {
            #expect(warning.location.file == repository.content + "/roadmaps/plan.md")
            #expect(warning.severity == .warning)
            #expect(warning.message.hasPrefix("дорожная карта не обновлялась 63\u{00A0}дня к дате отчёта 02.02.2026 "))
            #expect(warning.message.contains("(последнее изменение 01.12.2025)"))
        }
    }

    @Test(arguments: ["0", "-5", "4000", "много"])
    func aStaleLimitMustBeADayCount(_ value: String) throws {
        let content = try ScratchFolder.content(["site.yml": Self.site + "stale_after_days: \(value)\n"])
        let loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        #expect(loaded.diagnostics.all.map(\.code) == [value == "много" ? .invalidNumber : .invalidValue])
        #expect(loaded.diagnostics.all.first?.location.line == 3)
    }

    static func setModified(_ path: String, to day: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: day + "T12:00:00Z"))
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
    }
}
