import Foundation
import Testing

let seedsPath = Karta.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
let seedsPresent = FileManager.default.fileExists(atPath: seedsPath)

/// `karta import` → `karta check` → `karta build` on every seed, as a coordinator would run them.
@Suite(.enabled(if: seedsPresent, "../shared/seeds is not present"))
struct ImportCommandTests {
    @Test func everySeedImportsChecksAndBuilds() throws {
        let folder = try Karta.copyOfDemoContent()
        let content = folder.appendingPathComponent("imported")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: folder.appendingPathComponent("content/site.yml"), to: content.appendingPathComponent("site.yml"))
        let seeds = try FileManager.default.contentsOfDirectory(atPath: seedsPath).filter { $0.hasSuffix(".txt") }.sorted()
        let expected = ["000": 33, "001": 25, "002": 25, "003": 45, "004": 17]
        for seed in seeds {
            let prefix = String(seed.prefix(3))
            let run = try Karta.run(["import", "\(seedsPath)/\(seed)", "--into", "imported", "--slug", "seed-\(prefix)"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("мероприятий: \(expected[prefix] ?? -1)"), "\(run.stdout)")
        }
        let again = try Karta.run(["import", "\(seedsPath)/\(seeds[0])", "--into", "imported", "--slug", "seed-000"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("уже существует; добавьте --force"))

        let check = try Karta.run(["check", "--content", "imported"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ошибок: 0"))
        let templates = Karta.packageRoot.appendingPathComponent("Templates").path
        let build = try Karta.run(["build", "--quiet", "--content", "imported", "--templates", templates, "--output", "site"], in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        for (prefix, count) in expected {
            let page = try String(contentsOf: folder.appendingPathComponent("site/roadmaps/seed-\(prefix)/index.html"), encoding: .utf8)
            #expect(page.components(separatedBy: "data-event-id=").count - 1 == count, "seed \(prefix)")
        }
        for prefix in ["001", "003", "004"] {
            let order = try String(contentsOf: folder.appendingPathComponent("site/orders/seed-\(prefix)-prikaz/index.html"), encoding: .utf8)
            #expect(order.contains("class=\"signature\""))
            #expect(order.contains("Приложение 1"))
        }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site/schools/budennovskaya-sosh/index.html").path))
    }
}
