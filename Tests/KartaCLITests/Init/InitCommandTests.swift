import Foundation
import KartaTestSupport
import Testing

struct InitCommandTests {
    @Test func startsARepositoryThatChecksAndBuildsWithNoTemplatesAnywhere() throws {
        let home = try ScratchFolder.make("home")
        let run = try Karta.run(["init", "sait"], in: home)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Создано в «sait», файлов: 11:\n  .github/workflows/karta.yml\n"))
        #expect(run.stdout.contains("Дальше:\n  cd sait\n  git init\n  karta import приказ.docx"))
        let repo = home.appendingPathComponent("sait")
        #expect(
            try Karta.run(["check"], in: repo).stdout
                == "Проверено файлов: 1, страниц: 1, ошибок: 0, предупреждений: 0\n")
        let build = try Karta.run(["build"], in: repo)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.isEmpty)
        let index = try String(contentsOf: repo.appendingPathComponent("output/index.html"), encoding: .utf8)
        #expect(index.contains("<title>Проект «500+»</title>"))
        // A site with nothing yet says so, with no empty lists or headings over nothing.
        #expect(index.contains("<p>Дорожных карт пока нет.</p>"))
        #expect(!index.contains("<ul class=\"cards\">") && !index.contains("schools-heading"))
        // The styles compiled into karta are those of Templates/assets, byte for byte.
        for name in ["style.css", "print.css", "fragment.css"] {
            let built = FileManager.default.contents(atPath: repo.appendingPathComponent("output/assets/\(name)").path)
            #expect(built == FileManager.default.contents(atPath: Karta.templates + "/assets/\(name)"), "\(name)")
        }
    }

    @Test func refusesAForeignFolderInRussianAndWritesNothing() throws {
        let folder = try ScratchFolder.make("foreign", files: ["zametki.txt": "x", "foto.jpg": "y"])
        let run = try Karta.run(["init", "."], in: folder)
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.hasPrefix(
                ".: ошибка: папка не пуста («foto.jpg», «zametki.txt») и не похожа на репозиторий karta"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["foto.jpg", "zametki.txt"])

        let file = try Karta.run(["init", "zametki.txt"], in: folder)
        #expect(file.status == 1)
        #expect(file.stderr.hasPrefix("zametki.txt: ошибка: на этом месте файл, а не папка"))
    }

    @Test func aSecondRunInTheRepositoryKeepsEveryFile() throws {
        let home = try ScratchFolder.make("again")
        #expect(try Karta.run(["init", "r"], in: home).status == 0)
        let siteYML = home.appendingPathComponent("r/content/site.yml")
        try "title: Свой\n".write(to: siteYML, atomically: true, encoding: .utf8)
        let run = try Karta.run(["init"], in: home.appendingPathComponent("r"))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("В «.» уже есть все файлы репозитория karta; ничего не записано."))
        #expect(try String(contentsOf: siteYML, encoding: .utf8) == "title: Свой\n")
    }
}
