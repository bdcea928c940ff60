import Foundation
import KartaTestSupport
import Testing

struct CheckCommandTests {
    @Test func demoContentHasNoErrors() throws {
        let run = try Karta.run(["check", "--content", "content"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ошибок: 0"))
        #expect(run.stdout.hasPrefix("Проверено файлов: 11,"))
    }

    @Test func brokenCopyReportsEveryPlantedProblem() throws {
        let folder = try Karta.copyOfDemoContent()
        let roadmap = folder.appendingPathComponent("content/roadmaps/municipal-2025.md")
        var text = try String(contentsOf: roadmap, encoding: .utf8)
        text = text.replacingOccurrences(of: "level: municipal", with: "level: federal")
        text = text.replacingOccurrences(of: "        status: cancelled", with: "        status: canceled")
        text = text.replacingOccurrences(of: "        done: 2025-09-15", with: "        done: 2025-09-31")
        text = text.replacingOccurrences(of: "      - id: \"1.8\"", with: "      - id: \"1.7\"")
        try text.write(to: roadmap, atomically: true, encoding: .utf8)
        let school = folder.appendingPathComponent("content/schools/klyuchi-oosh.md")
        let schoolText = try String(contentsOf: school, encoding: .utf8)
            .replacingOccurrences(of: "  - municipal-2025", with: "  - municipal-2052")
            .replacingOccurrences(of: "director:", with: "directr:")
        try schoolText.write(to: school, atomically: true, encoding: .utf8)

        let run = try Karta.run(["check"], in: folder.appendingPathComponent("."))
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").filter { $0.hasPrefix("content/") }
        // Six problems and the note of the repeated number, pointing at its first use.
        #expect(lines.count == 7, "\(run.stderr)")
        #expect(lines.contains { $0.hasSuffix(": примечание: впервые этот номер указан здесь") })
        #expect(lines.contains { $0.hasPrefix("content/roadmaps/municipal-2025.md:3:8: ошибка: поле «level»") })
        #expect(lines.contains { $0.contains("«canceled»; допустимые: planned, in-progress, done, cancelled") })
        #expect(lines.contains { $0.contains("«2025-09-31» — не дата") })
        #expect(lines.contains { $0.contains("мероприятие с номером «1.7» уже есть") })
        #expect(
            lines.contains {
                $0.hasPrefix(
                    "content/schools/klyuchi-oosh.md:28:5: ошибка: Дорожная карта «municipal-2052» не найдена; возможно, имелось в виду «municipal-2025»"
                )
            })
        #expect(
            lines.contains {
                $0.contains("предупреждение: неизвестное поле «directr»; возможно, имелось в виду «director»")
            })
        #expect(run.stdout.contains("ошибок: 5, предупреждений: 1"))
    }

    /// Without --templates the styles come from karta itself, or from a Templates folder beside the
    /// content that has them; a templates folder asked for must have them.
    @Test func stylesComeFromKartaUnlessATemplatesFolderGivesThem() throws {
        let folder = try Karta.copyOfDemoContent()
        let alone = try Karta.run(["check"], in: folder)
        #expect(alone.stdout == "Проверено файлов: 11, страниц: 20, ошибок: 0, предупреждений: 0\n")

        let templates = folder.appendingPathComponent("Templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        #expect(
            try Karta.run(["check"], in: folder).stdout == alone.stdout,
            "a Templates folder with no styles is not an override")
        let broken = try Karta.run(["check", "--templates", "Templates"], in: folder)
        #expect(broken.status == 1)
        #expect(
            broken.stderr.hasPrefix(
                "Templates/assets: ошибка: в указанной папке шаблонов нет папки со стилями оформления (assets)"))
        #expect(broken.stdout == "Проверено файлов: 11, ошибок: 1, предупреждений: 0\n")

        try FileManager.default.copyItem(
            at: Karta.packageRoot.appendingPathComponent("Templates/assets"),
            to: templates.appendingPathComponent("assets"))
        #expect(try Karta.run(["check", "--templates", "Templates"], in: folder).stdout == alone.stdout)
    }

    /// check takes the folder options of build: --as-of moves the date statuses are checked for,
    /// and an output folder inside the content is the error build would give.
    @Test func checkTakesTheFolderOptionsOfBuild() throws {
        let folder = try Karta.copyOfDemoContent()
        let early = try Karta.run(["check", "--as-of", "2025-01-01"], in: folder)
        #expect(early.status == 0)
        #expect(
            early.stderr.contains(
                "content/roadmaps/municipal-2025.md:104:9: предупреждение: дата выполнения 19.12.2025 позже даты, на которую составлен отчёт (01.01.2025)"
            ))
        // Both monitoring tables are after it too: two warnings more than the measures give.
        #expect(
            early.stderr.contains(
                "content/monitoring/municipal-2025/2025-12-20.xlsx: предупреждение: таблица мониторинга на 20.12.2025 позже даты"
            ))
        #expect(early.stdout == "Проверено файлов: 11, страниц: 20, ошибок: 0, предупреждений: 14\n")

        let inside = try Karta.run(["check", "--output", "content/site"], in: folder)
        #expect(inside.status == 1)
        #expect(
            inside.stderr.hasPrefix(
                "content/site: ошибка: папка сайта «content/site» и папка с содержимым «content» вложены одна в другую")
        )
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("content/site").path))
    }

    /// A FIFO where a content file or the document to import should be is named, not waited on
    /// for ever (issue #33); `timeout` turns a hang into a failure instead of a stuck test run.
    @Test func aFIFOIsRefusedNotWaitedOn() throws {
        let folder = try Karta.copyOfDemoContent()
        #expect(mkfifo(folder.appendingPathComponent("content/roadmaps/kanal.md").path, 0o644) == 0)
        #expect(mkfifo(folder.appendingPathComponent("plan.docx").path, 0o644) == 0)
        let check = try Command.run("timeout", ["20", Karta.executable.path, "check"], in: folder)
        #expect(check.status == 1)
        #expect(check.stderr.contains("content/roadmaps/kanal.md: ошибка: не удалось прочитать файл"))
        let build = try Command.run("timeout", ["20", Karta.executable.path, "build", "--output", "site"], in: folder)
        #expect(build.status == 1)
        let imported = try Command.run(
            "timeout", ["20", Karta.executable.path, "import", "plan.docx", "--into", "new"], in: folder)
        #expect(imported.status == 1)
        #expect(
            imported.stderr.contains(
                "plan.docx: ошибка: не удалось прочитать файл: это не обычный файл (папка, канал или устройство)"))
    }
}
