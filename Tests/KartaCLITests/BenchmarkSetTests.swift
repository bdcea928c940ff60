import Foundation
import Testing
import KartaTestSupport

/// The synthetic benchmark set is valid content, and the same seed gives the same files.
struct BenchmarkSetTests {
    static var generator: URL { Karta.executable.deletingLastPathComponent().appendingPathComponent("karta-bench") }

    static func generate(_ folder: URL, seed: String = "500") throws {
        let run = try Command.run(generator, ["--schools", "120", "--seed", seed, "--output", folder.path, "--hugo"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    /// 120 schools: 12 municipal roadmaps (with two monitoring tables each) and orders, 85 regional
    /// roadmaps, site.yml → 254 files;
    /// pages: index, 2 per school, 3 per roadmap (page, printable document and report), 1 per order
    /// → 544.
    @Test func generatedSetChecksWithoutErrorsAndBuilds() throws {
        let folder = ScratchFolder.url("bench")
        try Self.generate(folder)
        let check = try Karta.run(["check", "--content", "content"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "Проверено файлов: 254, страниц: 544, ошибок: 0, предупреждений: 0\n")
        let templates = Karta.packageRoot.appendingPathComponent("Templates").path
        let build = try Karta.run(["build", "--quiet", "--templates", templates, "--output", "site"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasPrefix("Страниц: 544,"))
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("hugo/layouts/roadmaps/single.html").path))
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("hugo/content/schools/school-1.md").path))
    }

    @Test func sameSeedSameSet() throws {
        let a = ScratchFolder.url("bench")
        let b = ScratchFolder.url("bench")
        try Self.generate(a)
        try Self.generate(b)
        #expect(DemoSiteTests.files(under: a) == DemoSiteTests.files(under: b))
        let c = ScratchFolder.url("bench")
        try Self.generate(c, seed: "501")
        #expect(DemoSiteTests.files(under: a) != DemoSiteTests.files(under: c))
    }
}
