import Foundation
import Testing
import KartaTestSupport

let seedsPath = Karta.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
let seedsPresent = FileManager.default.fileExists(atPath: seedsPath)

/// `karta import` → `karta check` → `karta build` on every seed, as a coordinator would run them.
@Suite(.enabled(if: seedsPresent, "../shared/seeds is not present"))
struct ImportCommandTests {
    @Test func everySeedImportsChecksAndBuilds() throws {
        let folder = try Karta.copyOfDemoContent()
        let content = folder.appendingPathComponent("imported")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: folder.appendingPathComponent("content/site.yml"), to: content.appendingPathComponent("site.yml"))
        let seeds = try FileManager.default.contentsOfDirectory(atPath: seedsPath).filter { $0.hasSuffix(".txt") }
            .sorted()
        let expected = ["000": 33, "001": 25, "002": 25, "003": 45, "004": 17]
        for seed in seeds {
            let prefix = String(seed.prefix(3))
            let run = try Karta.run(
                ["import", "\(seedsPath)/\(seed)", "--into", "imported", "--slug", "seed-\(prefix)"], in: folder)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("мероприятий: \(expected[prefix] ?? -1)"), "\(run.stdout)")
        }
        let again = try Karta.run(
            ["import", "\(seedsPath)/\(seeds[0])", "--into", "imported", "--slug", "seed-000"], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr.contains("уже существует; добавьте --force"))

        let check = try Karta.run(["check", "--content", "imported"], in: folder)
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ошибок: 0"))
        let build = try Karta.run(
            ["build", "--quiet", "--content", "imported", "--templates", Karta.templates, "--output", "site"],
            in: folder)
        #expect(build.status == 0, "\(build.stderr)")
        for (prefix, count) in expected {
            let page = try String(
                contentsOf: folder.appendingPathComponent("site/roadmaps/seed-\(prefix)/index.html"), encoding: .utf8)
            #expect(page.components(separatedBy: "data-event-id=").count - 1 == count, "seed \(prefix)")
        }
        for prefix in ["001", "003", "004"] {
            let order = try String(
                contentsOf: folder.appendingPathComponent("site/orders/seed-\(prefix)-prikaz/index.html"),
                encoding: .utf8)
            #expect(order.contains("class=\"signature\""))
            #expect(order.contains(prefix == "001" ? "<span>Приложение 1</span>" : "<span>Приложение</span>"))
        }
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("site/schools/budennovskaya-sosh/index.html").path))
    }

    /// Each seed alone, into an empty folder: it builds, and its measures table — printed in the
    /// order's appendix, or on the roadmap's page when there is no order — has exactly the
    /// captions of the document's header row, in its order, footnote marks included.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func aSeedPrintsExactlyItsOwnColumns(_ prefix: String) throws {
        let folder = try ScratchFolder.make("seed")
        let seed = try #require(
            try FileManager.default.contentsOfDirectory(atPath: seedsPath).first { $0.hasPrefix(prefix) })
        let text = try String(contentsOfFile: "\(seedsPath)/\(seed)", encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first { $0.hasPrefix("№") && $0.contains("\t") })
        let captions = header.split(separator: "\t").map { $0.trimmingCharacters(in: .whitespaces) }

        let run = try Karta.run(["import", "\(seedsPath)/\(seed)", "--into", "content", "--slug", "seed"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let build = try Karta.run(
            ["build", "--quiet", "--content", "content", "--output", "site", "--templates", Karta.templates], in: folder
        )
        #expect(build.status == 0, "\(build.stderr)")
        let orderPath = folder.appendingPathComponent("site/orders/seed-prikaz/index.html")
        let hasOrder = FileManager.default.fileExists(atPath: orderPath.path)
        let page = try String(
            contentsOf: hasOrder ? orderPath : folder.appendingPathComponent("site/roadmaps/seed/index.html"),
            encoding: .utf8)
        let table = try #require(
            page.range(of: "<th scope=\"col\" class=\"col-number\"").map { page[$0.lowerBound...] })
        let row = table[..<(table.range(of: "</tr>")?.lowerBound ?? table.endIndex)]
        let printed = row.components(separatedBy: "<th scope=\"col\"").dropFirst().map { cell in
            String(cell[cell.index(after: cell.firstIndex(of: ">")!)...].prefix { $0 != "<" })
        }
        let typeset = { (caption: String) in caption.replacingOccurrences(of: "№ ", with: "№\u{00A0}") }
        #expect(Array(printed.prefix(captions.count)) == captions.map(typeset), "seed \(prefix)")
        if hasOrder { #expect(printed.count == captions.count, "seed \(prefix): the appendix adds columns") }
    }

    /// Seed 004: the approval stamp is the roadmap's, not part of its title; the single appendix
    /// is «Приложение» with the stamp under its mark.
    @Test func seed004StampIsPrintedUnderTheMarkOfItsOnlyAppendix() throws {
        let folder = try ScratchFolder.make("seed")
        let seed = try #require(
            try FileManager.default.contentsOfDirectory(atPath: seedsPath).first { $0.hasPrefix("004") })
        #expect(
            try Karta.run(["import", "\(seedsPath)/\(seed)", "--into", "content", "--slug", "plan"], in: folder).status
                == 0)
        let roadmap = try String(contentsOf: folder.appendingPathComponent("content/roadmaps/plan.md"), encoding: .utf8)
        #expect(
            roadmap.contains(
                "title: План-график (дорожная карта) региональных мероприятий по проекту адресной методической помощи «500+»\n"
            ))
        #expect(!roadmap.contains("Приложение"))
        #expect(
            try Karta.run(
                ["build", "--quiet", "--content", "content", "--output", "site", "--templates", Karta.templates],
                in: folder
            ).status == 0)
        let order = try String(
            contentsOf: folder.appendingPathComponent("site/orders/plan-prikaz/index.html"), encoding: .utf8
        )
        .replacingOccurrences(of: "\u{00A0}", with: " ")
        #expect(
            order.contains(
                "<p class=\"appendix-mark\"><span>Приложение</span><span>к приказу</span><span>от 19.03.2021 № 376</span></p>"
            ))
        #expect(
            order.contains(
                "<p class=\"approval-stamp\"><span>УТВЕРЖДЕН</span><span>приказом департамента образования и науки</span><span>Костромской "
                    + "области</span><span>от «19» марта 2021 года № 376</span></p>"
            ))
        #expect(!order.contains("Приложение 1"))
    }

    /// Seed 003: the title's footnote mark («500+1») is not part of the name; the caption keeps its «²».
    /// Seed 000: the two schools its title names become school files the roadmap lists.
    @Test func seed003TitleMarkAndSeed000TitleSchools() throws {
        let folder = try ScratchFolder.make("seed")
        for (prefix, slug) in [("003", "saransk"), ("000", "aksha")] {
            let seed = try #require(
                try FileManager.default.contentsOfDirectory(atPath: seedsPath).first { $0.hasPrefix(prefix) })
            #expect(
                try Karta.run(["import", "\(seedsPath)/\(seed)", "--into", "content", "--slug", slug], in: folder)
                    .status == 0)
        }
        let saransk = try String(
            contentsOf: folder.appendingPathComponent("content/roadmaps/saransk.md"), encoding: .utf8)
        #expect(
            saransk.contains(
                "title: Муниципальная дорожная карта реализации проекта Адресной методической помощи 500+ (на 2022 год)\n"
            ))
        #expect(saransk.contains("result: Муниципальный показатель реализации²\n"))
        let aksha = try String(contentsOf: folder.appendingPathComponent("content/roadmaps/aksha.md"), encoding: .utf8)
        #expect(aksha.contains("schools:\n- oosh-s-tokhtor\n- oosh-s-ulacha\n"))
        let school = try String(
            contentsOf: folder.appendingPathComponent("content/schools/oosh-s-ulacha.md"), encoding: .utf8)
        #expect(school.contains("name: Основная общеобразовательная школа с.Улача\nshort_name: ООШ с.Улача\n"))
        #expect(
            try Karta.run(
                ["build", "--quiet", "--content", "content", "--output", "site", "--templates", Karta.templates],
                in: folder
            ).status == 0)
        let page = try String(
            contentsOf: folder.appendingPathComponent("site/roadmaps/aksha/index.html"), encoding: .utf8)
        #expect(page.contains("schools/oosh-s-tokhtor/"))
        #expect(
            FileManager.default.fileExists(
                atPath: folder.appendingPathComponent("site/schools/oosh-s-ulacha/index.html").path))
    }

    static let wordFixtures = Karta.packageRoot.appendingPathComponent("Tests/KartaImportTests/Fixtures/word")

    /// A Word file imports into an empty folder, checks and builds, as a coordinator runs it; the
    /// same document saved by LibreOffice as .doc, .odt and .rtf imports to the same roadmap.
    @Test func wordAndOtherOfficeFormatsImportCheckAndBuild() throws {
        let folder = try ScratchFolder.make("word")
        let run = try Karta.run(
            [
                "import", Self.wordFixtures.appendingPathComponent("004.docx").path, "--into", "content", "--slug",
                "plan"
            ], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("мероприятий: 17"), "\(run.stdout)")
        #expect(try Karta.run(["check", "--content", "content"], in: folder).status == 0)
        #expect(
            try Karta.run(
                ["build", "--quiet", "--content", "content", "--output", "site", "--templates", Karta.templates],
                in: folder
            ).status == 0)
        let roadmap = try String(contentsOf: folder.appendingPathComponent("content/roadmaps/plan.md"), encoding: .utf8)

        guard FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/libswlo.so") else { return }
        for format in ["doc", "odt", "rtf"] {
            let converted = try Command.soffice(
                [
                    "--convert-to", format, "--outdir", folder.path,
                    Self.wordFixtures.appendingPathComponent("004.docx").path
                ])
            #expect(converted.status == 0, "\(converted.stderr)")
            let again = try Karta.run(["import", "004.\(format)", "--into", format, "--slug", "plan"], in: folder)
            #expect(again.status == 0, "\(format): \(again.stderr)")
            let text = try String(
                contentsOf: folder.appendingPathComponent("\(format)/roadmaps/plan.md"), encoding: .utf8)
            #expect(
                text.components(separatedBy: "\n  - id:").count == roadmap.components(separatedBy: "\n  - id:").count,
                "\(format)")
            #expect(text.contains("word: Утвержден"), "\(format)")
        }
    }

    /// Without LibreOffice a .doc gets a message naming the package; a damaged .docx is named, nothing written.
    @Test func officeFilesWithoutLibreOfficeAndDamagedWordFiles() throws {
        let folder = try ScratchFolder.make("word")
        try ScratchFolder.write(
            Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 600)),
            to: folder.appendingPathComponent("old.doc"))
        let doc = try Command.run(
            Karta.executable, ["import", "old.doc", "--into", "content"], in: folder,
            environment: ["KARTA_SOFFICE": "/nonexistent/soffice"])
        #expect(doc.status == 1)
        #expect(
            doc.stderr.contains(
                "old.doc: ошибка: это документ Word 97–2003 (.doc): чтобы его прочитать, нужен LibreOffice (пакет libreoffice-writer-nogui"
            ), "\(doc.stderr)")
        let whole = try Data(contentsOf: Self.wordFixtures.appendingPathComponent("001.docx"))
        try ScratchFolder.write(whole.prefix(3000), to: folder.appendingPathComponent("cut.docx"))
        let cut = try Karta.run(["import", "cut.docx", "--into", "content"], in: folder)
        #expect(cut.status == 1)
        #expect(cut.stderr.contains("cut.docx: ошибка: документ повреждён или записан не полностью"), "\(cut.stderr)")
        // A password-protected Word file is an OLE container holding an «EncryptedPackage» stream.
        var secret = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(repeating: 0, count: 512)
        secret += Data("EncryptedPackage".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        try ScratchFolder.write(secret, to: folder.appendingPathComponent("secret.docx"))
        let locked = try Karta.run(["import", "secret.docx", "--into", "content"], in: folder)
        #expect(locked.status == 1)
        #expect(locked.stderr.contains("secret.docx: ошибка: документ защищён паролем"), "\(locked.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content").path))
    }
}

/// Input limits of `karta import`, which need no seed.
struct ImportLimitTests {
    /// A document over the 10 MB limit is refused before it is unpacked or sent to LibreOffice.
    @Test(arguments: ["plan.docx", "plan.rtf"])
    func aDocumentOverTheLimitIsRefused(name: String) throws {
        let folder = try ScratchFolder.make("large")
        try Data(repeating: 0x20, count: 11 * 1024 * 1024).write(to: folder.appendingPathComponent(name))
        let run = try Karta.run(["import", name, "--into", "content"], in: folder)
        #expect(run.status == 1)
        #expect(
            run.stderr.contains("\(name): ошибка: файл размером 11 МБ, а допускается не больше 10 МБ"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content").path))
    }
}
