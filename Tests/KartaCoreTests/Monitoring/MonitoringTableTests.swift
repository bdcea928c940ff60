import Foundation
import KartaCore
import KartaTestSupport
import Testing

/// Monitoring tables as coordinators have them, read into values of a roadmap's indicators; every
/// problem located in the table's own cells.
struct MonitoringTableTests {
    static let site = "title: Сайт\nas_of: 2026-02-02\n"
    static let roadmap = """
        ---
        title: Карта
        level: municipal
        period: {academic_year: 2025-2026}
        schools: [sosnovka, klyuchi]
        indicators:
          - {id: vpr, title: Доля не достигших базового уровня, unit: "%", better: lower, target: 15}
          - {id: teachers, title: Доля педагогов, unit: "%", target: 80}
        ---

        """
    static let schools = [
        "schools/sosnovka.md": "---\nname: МБОУ «Сосновская средняя школа»\nshort_name: Сосновская СОШ\n---\n",
        "schools/klyuchi.md": "---\nname: Ключевская ООШ\n---\n",
        "schools/other.md": "---\nname: Другая школа\n---\n"
    ]

    static func load(_ files: [String: String], binary: [String: Data] = [:]) throws -> (LoadedSite, String) {
        var all = schools.merging(["site.yml": site, "roadmaps/plan.md": roadmap]) { $1 }
        all.merge(files) { $1 }
        let content = try ScratchFolder.content(all)
        for (path, data) in binary { try ScratchFolder.write(data, to: content.appendingPathComponent(path)) }
        let loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        return (loaded, content.path)
    }

    /// Excel's «CSV UTF-8» with Russian settings: a BOM, CRLF, `;`, a quoted name with quotes
    /// doubled, a decimal comma, «%», an empty cell; a school by slug, short name or full name.
    @Test(arguments: [
        "\u{FEFF}школа;vpr;teachers\r\nsosnovka;31,5;42 %\r\n\"Ключевская  оош\";38,2;\r\n",
        "Школа\tvpr\tteachers\nСосновская СОШ\t31.5\t42\nключевская ООШ\t38,2\t\n",
        "школа;vpr;teachers\n\"МБОУ \"\"Сосновская средняя школа\"\"\";31,5;42\nklyuchi;38,2;\n"
    ])
    func aTextTableGivesTheValues(_ table: String) throws {
        let (loaded, _) = try Self.load(["monitoring/plan/2025-10-01.csv": table])
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        let data = try #require(loaded.site.indicators.first)
        let sosnovka = try #require(loaded.site.schools.firstIndex { $0.school.slug == "sosnovka" })
        let klyuchi = try #require(loaded.site.schools.firstIndex { $0.school.slug == "klyuchi" })
        #expect(data.rounds.map(\.date.iso) == ["2025-10-01"])
        #expect(data.values(0, school: sosnovka) == [31.5])
        #expect(data.values(1, school: sosnovka) == [42])
        #expect(data.values(0, school: klyuchi) == [38.2])
        #expect(data.values(1, school: klyuchi) == nil)
    }

    /// Each bad cell at its line and column, with what it holds; a table with errors gives no round.
    @Test(arguments: [
        ("школа;vpr;teachers\nsosnovka;1️⃣н/д;42\n", MonitoringError.notANumber("н/д").message),
        ("школа;vpr;1️⃣vpr\nsosnovka;1;2\n", "показатель «vpr» указан в заголовке дважды"),
        ("школа;vpr\n1️⃣;12\n", MonitoringError.noSchool.message),
        ("школа;vpr\nsosnovka;1;1️⃣5\n", MonitoringError.valueWithoutColumn.message),
        (
            "школа;vpr;1️⃣teacher\nsosnovka;1;2\n",
            "показателя «teacher» нет среди показателей дорожной карты (indicators); возможно, имелось в виду «teachers»"
        ),
        (
            "школа;vpr\n1️⃣Сосновская школа;1\n",
            "школа «Сосновская школа» не найдена: пишите её адрес, краткое или полное название; возможно, имелось в виду «Сосновская СОШ»"
        ),
        ("школа;vpr\n1️⃣other;1\n", "школа «other» не участвует в дорожной карте «plan»"),
        (
            "школа;vpr\nsosnovka;1\n1️⃣Сосновская СОШ;2\n",
            "«Сосновская СОШ» уже указан в этом списке; повтор не учитывается"
        )
    ])
    func eachProblemIsLocatedInTheTable(_ marked: String, _ message: String) throws {
        let table = MarkedText(marked)
        let (loaded, content) = try Self.load(["monitoring/plan/2025-10-01.csv": table.text])
        let diagnostic = try #require(loaded.diagnostics.all.first, "no diagnostic")
        #expect(loaded.diagnostics.all.count == 1, "\(loaded.diagnostics.all)")
        #expect(diagnostic.location.file == content + "/monitoring/plan/2025-10-01.csv")
        #expect(
            MarkedText.Position(line: diagnostic.location.line, column: diagnostic.location.column)
                == table[1])
        #expect(diagnostic.message.hasPrefix(message), "\(diagnostic.message)")
    }

    /// A table dated after the site's date is not shown, but named, and its problems are found as
    /// in any other: it was silently left out, unknown schools and all.
    @Test func aTableAfterTheDateIsCheckedAndNamed() throws {
        let later = MarkedText("школа;vpr\nsosnovka;20\n1️⃣Сосновская школа;1\n")
        let (loaded, content) = try Self.load([
            "monitoring/plan/2025-10-01.csv": "школа;vpr\nsosnovka;31,5\n",
            "monitoring/plan/2026-03-15.csv": later.text
        ])
        let problems = loaded.diagnostics.sorted
        try #require(problems.map(\.severity) == [.warning, .error], "\(problems)")
        #expect(problems.first?.location.file == content + "/monitoring/plan/2026-03-15.csv")
        #expect(
            problems.first?.message
                == "таблица мониторинга на 15.03.2026 позже даты, на которую составлен отчёт (02.02.2026); она не показана"
        )
        #expect(MarkedText.Position(line: problems[1].location.line, column: problems[1].location.column) == later[1])
        let data = try #require(loaded.site.indicators.first)
        let sosnovka = try #require(loaded.site.schools.firstIndex { $0.school.slug == "sosnovka" })
        #expect(data.rounds.map(\.date.iso) == ["2025-10-01"])
        #expect(data.values(0, school: sosnovka) == [31.5])
    }

    @Test(arguments: [
        ("monitoring/plan/декабрь.csv", MonitoringError.fileName("декабрь.csv").message),
        ("monitoring/plan/2025-13-01.csv", MonitoringError.fileName("2025-13-01.csv").message),
        ("monitoring/plann/2025-10-01.csv", "Дорожная карта «plann» не найдена; возможно, имелось в виду «plan»")
    ])
    func theNameAndFolderOfATableAreChecked(_ path: String, _ message: String) throws {
        let (loaded, content) = try Self.load([path: "школа;vpr\nsosnovka;1\n"])
        let diagnostic = try #require(loaded.diagnostics.all.first)
        #expect(diagnostic.location.file == content + "/" + path)
        #expect(diagnostic.message == message)
    }

    /// A table saved in Windows-1251 is named as such, as content files are.
    @Test func aTableInWindows1251IsNamed() throws {
        let bytes: [UInt8] =
            Array("school;vpr\n".utf8) + [0xD1, 0xEE, 0xF1, 0xED, 0xEE, 0xE2, 0xEA, 0xE0] + Array(";1\n".utf8)
        let (loaded, _) = try Self.load([:], binary: ["monitoring/plan/2025-10-01.csv": Data(bytes)])
        #expect(loaded.diagnostics.all.map(\.code) == [.notUTF8])
        #expect(loaded.diagnostics.all.first?.message.contains("Windows-1251") == true)
    }

    /// What is not a table a person saved is refused with an error, without hanging or following
    /// it: a FIFO, a link out of the content folder, a file over the size limit, a NUL in the text.
    @Test func hostileTablesAreRefused() throws {
        let (_, content) = try Self.load([:])
        let folder = content + "/monitoring/plan"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(mkfifo(folder + "/2025-10-01.csv", 0o644) == 0)
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/2025-10-02.csv", withDestinationPath: "/etc/passwd")
        try Data(repeating: 0x31, count: Limits.fileBytes + 1).write(
            to: URL(fileURLWithPath: folder + "/2025-10-03.csv"))
        try Data("школа;vpr\nsosnovka;1\u{0}2\n".utf8).write(to: URL(fileURLWithPath: folder + "/2025-10-04.csv"))
        let loaded = SiteLoader.load(from: content, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        #expect(
            loaded.diagnostics.sorted.map { "\($0.location.file.split(separator: "/").last!) \($0.code)" } == [
                "2025-10-01.csv unreadable", "2025-10-02.csv unreadable", "2025-10-03.csv too-large",
                "2025-10-04.csv forbidden-character"
            ])
        #expect(loaded.diagnostics.all.allSatisfy { $0.severity == .error })
        #expect(loaded.site.indicators[0].rounds.isEmpty)
    }

    /// A value of 21 digits is a located error, not a build that stops: pages compute with
    /// hundredths in integers, and the fuzzer found 1e20 in an .xlsx cell stopping `karta build`.
    @Test func aValueBeyondATrillionIsAnError() throws {
        let (loaded, _) = try Self.load([
            "monitoring/plan/2025-10-01.csv": "школа;vpr;teachers\nsosnovka;100000000000000000000;1\n"
        ])
        let problem = try #require(loaded.diagnostics.all.first)
        // The value starts at the 10th character of the line, after «sosnovka;».
        #expect(
            problem.description.hasSuffix(
                "2025-10-01.csv:2:10: ошибка: «100000000000000000000» — не число от −1 000 000 000 000 до 1 000 000 000 000; "
                    + "пишите 34,5 или 34,5 %, а нет данных — пустую ячейку"), "\(problem.description)")
    }

    /// An .xlsx whose sheet nests elements 100,000 deep is refused, not walked.
    @Test func aDeeplyNestedSheetIsRefused() throws {
        let (_, content) = try Self.load([:])
        let path = content + "/monitoring/plan/2025-10-01.xlsx"
        try FileManager.default.createDirectory(atPath: content + "/monitoring/plan", withIntermediateDirectories: true)
        let run = try Command.run(
            Command.python,
            [
                "-c",
                """
                import sys, zipfile
                with zipfile.ZipFile(sys.argv[1], "w") as z:
                    z.writestr("xl/workbook.xml", '<workbook xmlns:r="r"><sheets><sheet sheetId="1" r:id="a"/></sheets></workbook>')
                    z.writestr("xl/_rels/workbook.xml.rels", '<Relationships><Relationship Id="a" Target="worksheets/s.xml"/></Relationships>')
                    z.writestr("xl/worksheets/s.xml", "<worksheet><sheetData>" + "<x>" * 100000 + "</x>" * 100000 + "</sheetData></worksheet>")
                """, path
            ])
        #expect(run.status == 0, "\(run.stderr)")
        let loaded = SiteLoader.load(from: content, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        #expect(
            loaded.diagnostics.all.map(\.message) == [
                "таблица мониторинга не читается: таблица повреждена: в части xl/worksheets/s.xml элементы вложены "
                    + "глубже 256 уровней (строка 1)"
            ])
    }

    /// Rounds are ordered by date; one after the date statuses are computed for is left out and named.
    @Test func roundsAreByDateUpToTheStatusDate() throws {
        let (loaded, _) = try Self.load([
            "monitoring/plan/2025-12-20.csv": "школа;vpr\nsosnovka;28\n",
            "monitoring/plan/2025-10-01.csv": "школа;vpr\nsosnovka;31\n",
            "monitoring/plan/2026-05-01.csv": "школа;vpr\nsosnovka;20\n"
        ])
        #expect(loaded.diagnostics.all.map(\.code) == [.inconsistentStatus], "\(loaded.diagnostics.all)")
        let data = try #require(loaded.site.indicators.first)
        #expect(data.rounds.map(\.date.iso) == ["2025-10-01", "2025-12-20"])
        let sosnovka = try #require(loaded.site.schools.firstIndex { $0.school.slug == "sosnovka" })
        #expect(data.values(0, school: sosnovka) == [31, 28])
    }

    /// A school's own target replaces the roadmap's; one naming an unknown indicator or a roadmap
    /// the school is not in is an error where it is written.
    @Test func aSchoolsOwnTargetsAreResolved() throws {
        let school =
            "---\nname: Ключевская ООШ\ntargets:\n  plan:\n    vpr: 20\n    1️⃣vpt: 3\n  2️⃣plam:\n    vpr: 1\n---\n"
        let marked = MarkedText(school)
        let (loaded, _) = try Self.load(["schools/klyuchi.md": marked.text])
        let messages = loaded.diagnostics.sorted.map {
            "\($0.location.line):\($0.location.column) \($0.message)"
        }
        #expect(
            messages == [
                "\(marked[1]) показателя «vpt» нет среди показателей дорожной карты (indicators); возможно, имелось в виду «vpr»",
                "\(marked[2]) Дорожная карта «plam» не найдена; возможно, имелось в виду «plan»"
            ])
        let klyuchi = try #require(loaded.site.schools.firstIndex { $0.school.slug == "klyuchi" })
        let roadmap = loaded.site.roadmaps[0].roadmap
        #expect(loaded.site.indicators[0].target(0, school: klyuchi, in: roadmap) == 20)
        #expect(loaded.site.indicators[0].target(1, school: klyuchi, in: roadmap) == 80)
    }

    /// The same table as Excel saves it: shared and inline strings, percent formats (0,345 shows as
    /// 34,5 %), a formula by its cached value; the second sheet is not read; a bad cell is named as
    /// Excel shows it.
    @Test func anExcelTableGivesTheValues() throws {
        let content = try ScratchFolder.content(
            Self.schools.merging(["site.yml": Self.site, "roadmaps/plan.md": Self.roadmap]) { $1 })
        let path = content.path + "/monitoring/plan/2025-12-20.xlsx"
        try FileManager.default.createDirectory(
            atPath: content.path + "/monitoring/plan", withIntermediateDirectories: true)
        try Self.xlsx(
            path, rows: [["Школа", "vpr", "teachers"], ["Сосновская СОШ", 0.345, "=40+2"], ["klyuchi", 38.2, nil]],
            percent: ["B2"], cached: ["C2": 42], sheets: ["Пояснения"])
        var loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        let sosnovka = try #require(loaded.site.schools.firstIndex { $0.school.slug == "sosnovka" })
        let klyuchi = try #require(loaded.site.schools.firstIndex { $0.school.slug == "klyuchi" })
        #expect(loaded.site.indicators[0].values(0, school: sosnovka) == [34.5])
        #expect(loaded.site.indicators[0].values(1, school: sosnovka) == [42])
        #expect(loaded.site.indicators[0].values(0, school: klyuchi) == [38.2])

        try Self.xlsx(path, rows: [["Школа", "vpr", "teachers"], ["Сосновская СОШ", 1, "н/д"]])
        loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        let problem = try #require(loaded.diagnostics.all.first)
        #expect("\(problem.location)" == path + ", лист 1, C2")
        #expect(
            problem.description.hasPrefix(
                path + ", лист 1, C2: ошибка: «н/д» — не число от −1 000 000 000 000 до 1 000 000 000 000;"))

        // Problems found later, when the table meets the roadmap and the schools, name cells too.
        try Self.xlsx(path, rows: [["Школа", "vpr", "vpr_math"], ["Сосновская СОШ", 1, 2], ["Сосновкая СОШ", 1, 2]])
        loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        #expect(loaded.diagnostics.all.map { "\($0.location)" } == [path + ", лист 1, C1", path + ", лист 1, A3"])

        try Data("not a zip".utf8).write(to: URL(fileURLWithPath: path))
        loaded = SiteLoader.load(from: content.path, asOf: nil, today: LocalDate(year: 2026, month: 1, day: 1)!)
        #expect(
            loaded.diagnostics.all.map(\.message) == [
                "таблица мониторинга не читается: это не таблица Excel (.xlsx): файл не является архивом"
            ])
    }

    /// Writes an .xlsx with openpyxl, as Excel would (`Fixtures/make_xlsx.py`).
    static func xlsx(
        _ path: String, rows: [[Any?]], percent: [String] = [], cached: [String: Double] = [:], sheets: [String] = []
    ) throws {
        let spec: [String: Any] = [
            "path": path, "rows": rows.map { $0.map { $0 ?? NSNull() } }, "percent": percent, "cached": cached,
            "sheets": sheets
        ]
        let json = try JSONSerialization.data(withJSONObject: spec)
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/make_xlsx.py").path
        let input = ScratchFolder.url("spec", extension: "json")
        try json.write(to: input)
        let run = try Command.run(
            Command.python,
            ["-c", "import sys; sys.stdin = open(sys.argv[2]); exec(open(sys.argv[1]).read())", script, input.path])
        #expect(run.status == 0, "\(run.stderr)")
    }
}
