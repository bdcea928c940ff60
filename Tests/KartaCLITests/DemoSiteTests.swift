import Foundation
import Testing
import KartaTestSupport

/// The committed demo site in `output/` is exactly what `karta build` makes from `content/`.
struct DemoSiteTests {
    @Test func committedOutputIsReproducedByteForByte() throws {
        let target = ScratchFolder.url("demo")
        // As `make site` builds it: with the order as a Word document.
        let run = try Karta.run(["build", "--quiet", "--docx", "--output", target.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Страниц: "))
        let committed = Karta.packageRoot.appendingPathComponent("output")
        let built = Self.files(under: target), expected = Self.files(under: committed)
        #expect(built.keys.sorted() == expected.keys.sorted(), "rebuild the demo site: make site")
        for (path, data) in expected where built[path] != data {
            Issue.record("output/\(path) differs from a fresh build; run `make site` and commit output/")
        }
    }

    @Test func buildReportsErrorsAndKeepsPreviousOutput() throws {
        let (folder, output, build) = try Karta.builtCopyOfDemo()
        try Karta.edit("content/schools/klyuchi-oosh.md", in: folder, replacing: "joined: 2025", with: "joined: [2025]")
        let before = Self.files(under: URL(fileURLWithPath: output))
        let run = try Karta.run(build, in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "content/schools/klyuchi-oosh.md:9:9: ошибка: поле «joined»: ожидается текст, а указан список"))
        #expect(
            run.stderr.contains("Сборка не выполнена: ошибок: 1, предупреждений: 0. Папка «\(output)» не изменена."))
        #expect(Self.files(under: URL(fileURLWithPath: output)) == before)
    }

    static func files(under root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [:] }
        for case let relative as String in enumerator {
            let url = root.appendingPathComponent(relative)
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { continue }
            result[relative] = try? Data(contentsOf: url)
        }
        return result
    }
}
