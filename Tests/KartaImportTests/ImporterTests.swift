import Foundation
import Testing
import KartaCore
@testable import KartaImport
import KartaTestSupport

struct ImporterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func folder() throws -> String {
        let path = try ScratchFolder.make("import").path
        try "title: Импорт\nas_of: 2024-11-01\n".write(toFile: path + "/site.yml", atomically: true, encoding: .utf8)
        return path
    }

    @Test func importsOrderStagesContinuationsAndUnplacedRows() throws {
        let into = try Self.folder()
        let report = try Importer.run(
            ImportOptions(file: Self.fixtures.appendingPathComponent("plan.txt").path, into: into, slug: "plan")
        ).get()
        #expect(report.files == ["\(into)/roadmaps/plan.md", "\(into)/orders/plan-prikaz.md"])
        #expect(report.measures == 4)
        #expect(report.stages == 2)
        #expect(report.unplaced == ["строка 45: -- | -- | -- | -- | --"])
        #expect(report.unknownTerms == ["без номера (строка 44): «после каникул»"])

        let loaded = ContentLoader.load(from: into)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.formattedDiagnostics())")
        let roadmap = try #require(loaded.content.roadmaps.first)
        #expect(roadmap.title == "План мероприятий на 2024-2025 учебный год")
        #expect(roadmap.period == .academicYear(startYear: 2024))
        #expect(roadmap.goal == "повышение качества образования.")
        #expect(roadmap.tasks == ["Провести диагностику", "Оказать помощь."])
        #expect(roadmap.columns.order == [.title, .responsible, .when, .result])
        #expect(roadmap.columns.number == "№ п/п")
        #expect(roadmap.columns.result == "Результат¹")
        #expect(roadmap.stages.map(\.title) == ["Первый этап", "2 этап – основной"])
        #expect(roadmap.stages[0].when == "сентябрь-декабрь")
        let events = roadmap.events
        #expect(events.map(\.id) == ["1", "2", "3", ""])
        #expect(events[1].title == "Семинар для учителей")
        #expect(events[1].when == "Ноябрь-декабрь")
        #expect(events[1].responsible == "Методист РМО")
        #expect(events[1].schedule.kind == .dates)
        #expect(roadmap.body.contains("## Не разобрано при импорте"))
        #expect(roadmap.approvedBy?.value == "plan-prikaz")

        let order = try #require(loaded.content.orders.first)
        #expect(order.issuer == ["ОТДЕЛ ОБРАЗОВАНИЯ", "ТЕСТОВОГО РАЙОНА"])
        #expect(order.kind.word == "ПРИКАЗ")
        #expect(order.number == "12-о")
        #expect(order.date == LocalDate(year: 2024, month: 9, day: 1))
        #expect(order.place == "с. Тестовое")
        #expect(order.title == "Об утверждении плана мероприятий на 2024-2025 учебный год")
        #expect(order.signatory == Person(name: "А.Б. Иванова", position: "Начальник отдела"))
        #expect(order.preparedBy == "Петрова В.Г., методист")
        #expect(
            order.body.contains(
                "В целях оказания помощи школам\n\nПРИКАЗЫВАЮ:\n\n1\\. Утвердить план (приложение 1).\n\n2\\. Контроль за исполнением приказа "
                    + "оставляю за собой."
            ))
    }

    /// The roadmap is streamed to its file piece by piece; the file is the same text `convert` gives.
    @Test func theStreamedFileIsTheText() throws {
        let into = try Self.folder()
        let source = Self.fixtures.appendingPathComponent("plan.txt").path
        _ = try Importer.run(ImportOptions(file: source, into: into, slug: "plan")).get()
        let text = try String(contentsOfFile: source, encoding: .utf8)
        let (files, _) = try Importer.convert(text, file: source, slug: "plan", period: nil, into: into).get()
        for file in files {
            #expect(try String(contentsOfFile: file.path, encoding: .utf8) == file.text, "\(file.path)")
        }
        #expect(files.count == 2)
    }

    @Test func neverOverwritesWithoutForce() throws {
        let into = try Self.folder()
        let options = ImportOptions(
            file: Self.fixtures.appendingPathComponent("plan.txt").path, into: into, slug: "plan")
        #expect(throws: Never.self) { try Importer.run(options).get() }
        try "изменено".write(toFile: into + "/roadmaps/plan.md", atomically: true, encoding: .utf8)
        guard case .failure(let diagnostics) = Importer.run(options) else { Issue.record("overwrote"); return }
        #expect(diagnostics.all.map(\.code) == [.importExists, .importExists])
        #expect(try String(contentsOfFile: into + "/roadmaps/plan.md", encoding: .utf8) == "изменено")
        var forced = options
        forced.force = true
        #expect(throws: Never.self) { try Importer.run(forced).get() }
    }

    @Test func documentWithoutATableIsRefused() throws {
        let file = ScratchFolder.url("import", extension: "txt").path
        try "Просто текст без таблицы\n".write(toFile: file, atomically: true, encoding: .utf8)
        guard case .failure(let diagnostics) = Importer.run(ImportOptions(file: file, into: try Self.folder())) else {
            Issue.record("imported"); return
        }
        #expect(diagnostics.all.map(\.code) == [.importNoTable])
    }

    /// A row with more cells than the header has columns: the extra cells are reported and kept
    /// in the roadmap's text, not dropped (issue 13).
    @Test func cellsBeyondTheHeaderAreKept() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("plan.txt"), encoding: .utf8)
        let file = ScratchFolder.url("import", extension: "txt").path
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let row = try #require(lines.firstIndex { $0.hasPrefix("2\t") })
        var edited = lines
        edited[row] += "\tлишняя ячейка\tещё одна"
        try ScratchFolder.write(edited.joined(separator: "\n"), to: file)
        let into = try Self.folder()
        let report = try Importer.run(ImportOptions(file: file, into: into, slug: "plan")).get()
        #expect(
            report.unplaced.contains("строка \(row + 1): ячейки правее последнего столбца: лишняя ячейка | ещё одна"))
        #expect(!report.summary.contains("Все строки таблицы размещены"))
        let roadmap = try String(contentsOfFile: into + "/roadmaps/plan.md", encoding: .utf8)
        // Escaped for Markdown, so that it reads back as written.
        #expect(roadmap.contains("лишняя ячейка \\| ещё одна"))
    }

    /// Two columns with the same role (found by fuzzing: the header «Наименование мероприятия» twice
    /// wrote the key `title` twice, a file karta could not read back): the first has the role, the
    /// second's cells are kept as unplaced text.
    @Test func aSecondColumnOfTheSameRoleIsKeptNotDoubled() throws {
        let text =
            "План на 2024 год\n\n№\tНаименование мероприятия\tНаименование работ\tСроки\n1.\tСеминар\tподготовка\tмарт\n"
        let (files, report) = try Importer.convert(text, file: "plan.txt", slug: "plan", period: nil, into: "content")
            .get()
        let roadmap = try #require(files.first { $0.path.hasSuffix("roadmaps/plan.md") })
        #expect(roadmap.text.components(separatedBy: "\n  title:").count == 2)
        #expect(report.unplaced == ["строка 4: столбец «Наименование работ»: подготовка"])
        let content = try ScratchFolder.content(["roadmaps/plan.md": roadmap.text])
        let loaded = ContentLoader.load(from: content.path)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.formattedDiagnostics())")
        #expect(loaded.content.roadmaps.first?.events.map(\.title) == ["Семинар"])
    }

    /// A damaged Word file or a PDF is named as such, not read as text in another encoding (issue 13);
    /// .doc and .rtf go to LibreOffice (ImportCommandTests).
    @Test(
        arguments: [
            ([0x50, 0x4B, 0x03, 0x04], .importWord, "документ повреждён"),
            (Array("%PDF-1.7".utf8), .importBinaryDocument, "PDF")
        ] as [([UInt8], DiagnosticCode, String)])
    func binaryDocumentsAreNamed(_ head: [UInt8], _ code: DiagnosticCode, _ name: String) throws {
        let file = ScratchFolder.url("import", extension: "bin").path
        try ScratchFolder.write(Data(head + Array(repeating: 0xE0, count: 100)), to: URL(fileURLWithPath: file))
        guard case .failure(let diagnostics) = Importer.run(ImportOptions(file: file, into: try Self.folder())) else {
            Issue.record("imported"); return
        }
        #expect(diagnostics.all.map(\.code) == [code])
        #expect(diagnostics.all.first?.message.contains(name) == true)
    }

    @Test(arguments: [
        (
            "Баланина С.В., заместитель директора по УВР МБОУСОШ №4 им. Нисанова Х.Д. г. Пролетарска, Потачинская Н.И., методист МК РОО",
            [
                "Баланина С.В.|заместитель директора по УВР МБОУСОШ №4 им. Нисанова Х.Д. г. Пролетарска",
                "Потачинская Н.И.|методист МК РОО"
            ]
        ),
        (
            "Соснина Л.А., учитель математики МБОУ Суховской СОШ;",
            ["Соснина Л.А.|учитель математики МБОУ Суховской СОШ"]
        ),
        ("Зивенко Н. В., заведующий", ["Зивенко Н. В.|заведующий"])
    ])
    func splitsPeople(_ text: String, _ expected: [String]) {
        #expect(PersonText.people(text).map { "\($0.name)|\($0.position)" } == expected)
    }

    @Test(arguments: [
        ("МБОУ Буденновская СОШ", "budennovskaya-sosh"), ("МБОУ Ганчуковская ООШ", "ganchukovskaya-oosh"),
        ("Школа № 5 «Ёлочка»", "shkola-5-elochka")
    ])
    func schoolSlugs(_ name: String, _ slug: String) {
        #expect(Transliteration.slug(forSchool: name) == slug)
    }

    @Test(arguments: [
        ("в 2022 году", Period.year(2022)), ("на 2023-2024 учебный год", .academicYear(startYear: 2023)),
        ("(на 2022 год)", .year(2022)),
        (
            "на 2020-2021 годы",
            .range(from: LocalDate(year: 2020, month: 1, day: 1)!, to: LocalDate(year: 2021, month: 12, day: 31)!)
        )
    ])
    func periodFromTitle(_ title: String, _ period: Period) {
        #expect(PlanHeader.period(in: "План мероприятий " + title) == period)
    }
}
