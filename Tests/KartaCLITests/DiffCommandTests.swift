import Foundation
import KartaTestSupport
import Testing

/// `karta diff` as a reviewer and a CI job run it.
struct DiffCommandTests {
    @Test func exitCodeTellsWhetherTheContentChanged() throws {
        let repository = try GitFixture()
        try repository.commit(
            "Начало",
            [
                "site.yml": "title: Проект\nas_of: 2025-10-01\n",
                "schools/alfa.md": "---\nname: Школа Альфа\n---\n"
            ])
        let same = try Karta.run(["diff", "--exit-code"], in: repository.folder)
        #expect(same.status == 0)
        #expect(same.stdout == "Изменения содержимого: HEAD → рабочая копия\nИзменений нет.\n")

        try repository.write(["schools/alfa.md": "---\nname: Школа Альфа\naddress: ул. Мира, 1\n---\n"])
        let changed = try Karta.run(["diff", "--exit-code", "--format", "json"], in: repository.folder)
        #expect(changed.status == 1)
        let json = try JSONSerialization.jsonObject(with: Data(changed.stdout.utf8)) as? [String: Any]
        let sections = json?["sections"] as? [[String: Any]]
        #expect(sections?.first?["title"] as? String == "Школы")
        #expect(try Karta.run(["diff"], in: repository.folder).status == 0)
    }

    /// The JSON holds the same changes as the text, and is valid against the schema karta prints,
    /// checked by Python's jsonschema.
    @Test func jsonFollowsItsSchema() throws {
        let repository = try GitFixture()
        try repository.commit(
            "Начало",
            [
                "site.yml": "title: Проект\nas_of: 2025-10-01\n",
                "schools/alfa.md": "---\nname: Школа Альфа\n---\nТекст.\n",
                "files/plan.pdf": "%PDF"
            ])
        try repository.write([
            "schools/alfa.md":
                "---\nname: Школа Альфа\nmethodists: [{name: Иванова И.И., position: методист}]\n---\nТекст.\n\nЕщё абзац.\n",
            "files/plan.pdf": "%PDF-2"
        ])
        let json = try Karta.run(["diff", "--format", "json"], in: repository.folder).stdout
        let text = try Karta.run(["diff"], in: repository.folder).stdout
        let schema = try Karta.run(["diff", "--schema"], in: repository.folder).stdout
        let folder = try ScratchFolder.make("diff-json", files: ["diff.json": json, "schema.json": schema])
        let check = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1] + "/schema.json")); data = json.load(open(sys.argv[1] + "/diff.json"))
            jsonschema.Draft202012Validator.check_schema(schema)
            jsonschema.validate(data, schema)
            for section in data["sections"]:
                print(section["title"])
                for change in section["changes"]:
                    print(change["kind"], change["subject"], *change["details"], sep="|")
            """
        let python = try Command.run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", check, folder.path])
        #expect(python.status == 0, "\(python.stderr)")
        #expect(
            python.stdout == """
                Школы
                changed|школа «Школа Альфа» (alfa)|+ методист: «Иванова И.И., методист»|+ текст: абзац «Ещё абзац.»
                Другие изменения
                changed|files/plan.pdf

                """)
        for line in [
            "+ методист: «Иванова И.И., методист»", "+ текст: абзац «Ещё абзац.»",
            "Другие изменения\n  ~ files/plan.pdf\n"
        ] {
            #expect(text.contains(line), "\(text)")
        }
    }

    @Test func outsideARepositoryIsExplainedInRussian() throws {
        let folder = try ScratchFolder.content([:]).deletingLastPathComponent()
        let content = try ScratchFolder.content([:])
        let run = try Karta.run(["diff", "--content", content.path], in: folder)
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "\(content.path): ошибка: папка с содержимым не в репозитории git; karta diff сравнивает версии, сохранённые в git\n"
        )
    }
}

/// `karta build --since`: the monitoring report says what changed since an earlier version.
struct BuildSinceTests {
    static func roadmap(_ events: String) -> String {
        "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2026}\nstages:\n  - title: Этап\n    events:\n\(events)---\n"
    }

    @Test func reportListsDoneOverdueAndMovedSinceTheCommit() throws {
        let repository = try GitFixture()
        try repository.commit(
            "Начало",
            [
                "site.yml": "title: Проект\nas_of: 2026-06-01\n",
                "roadmaps/karta.md": Self.roadmap(
                    """
                          - {id: "1", title: Январская, when: январь}
                          - {id: "2", title: Апрельская, when: апрель}
                          - {id: "3", title: Майская, when: май}
                          - {id: "4", title: Осенняя, when: октябрь}

                    """)
            ], date: "2026-03-01")
        try repository.write([
            "roadmaps/karta.md": Self.roadmap(
                """
                      - {id: "1", title: Январская, when: январь}
                      - {id: "2", title: Апрельская, when: апрель}
                      - {id: "3", title: Майская, when: май, status: done, done: 2026-05-20}
                      - {id: "4", title: Осенняя, when: ноябрь}

                """)
        ])
        let output = repository.folder.appendingPathComponent("site").path
        let run = try Karta.run(
            [
                "build", "--quiet", "--since", "HEAD", "--templates",
                Karta.packageRoot.appendingPathComponent("Templates").path,
                "--output", output
            ], in: repository.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try String(contentsOfFile: output + "/roadmaps/karta/report.html", encoding: .utf8)
        let section = try #require(
            report.components(separatedBy: "<h2>Изменения с 01.03.2026 (версия HEAD)</h2>").last?
                .components(separatedBy: "<h2>Просроченные мероприятия</h2>").first)
        let done = try #require(section.components(separatedBy: "<h3>Стали просроченными</h3>").first)
        #expect(done.contains("<td>3</td><td>Майская</td>"))
        #expect(!done.contains("Апрельская"))
        let overdue = try #require(
            section.components(separatedBy: "<h3>Стали просроченными</h3>").last?.components(
                separatedBy: "<h3>Перенесены сроки</h3>"
            ).first)
        #expect(overdue.contains("<td>2</td><td>Апрельская</td>"))
        #expect(!overdue.contains("Январская"))
        #expect(section.contains("<tr><td>4</td><td>Осенняя</td><td>октябрь</td><td>ноябрь</td></tr>"))
        // Every change of the roadmap, by the engine of karta diff.
        let changes = try #require(
            section.components(separatedBy: "<h3>Изменения в дорожной карте</h3>").last?
                .components(separatedBy: "<h3>Выполнено</h3>").first)
        #expect(
            changes.contains(
                "<li><span class=\"change-mark\">~</span> мероприятие 3 «Майская»<ul><li>статус: запланировано → выполнено 20.05.2026</li></ul></li>"
            ), "\(changes)")
        #expect(
            changes.contains(
                "<li><span class=\"change-mark\">~</span> мероприятие 4 «Осенняя»<ul><li>срок: «октябрь» → «ноябрь»</li></ul></li>"
            ), "\(changes)")
        #expect(!changes.contains("Январская"))

        let unknown = try Karta.run(["build", "--quiet", "--since", "v9", "--output", output], in: repository.folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("в репозитории нет версии «v9»"))
    }
    /// The indicators' values since the version: a round added, a value corrected.
    @Test func reportListsTheMonitoringSinceTheCommit() throws {
        let repository = try GitFixture()
        let roadmap =
            "---\ntitle: Карта\nlevel: municipal\nperiod: {year: 2026}\nschools: [a]\n"
            + "indicators:\n  - {id: vpr, title: Доля, target: 10, better: lower}\n---\n"
        try repository.commit(
            "Начало",
            [
                "site.yml": "title: Проект\nas_of: 2026-06-01\n", "roadmaps/karta.md": roadmap,
                "schools/a.md": "---\nname: Школа А\n---\n", "monitoring/karta/2026-02-01.csv": "школа;vpr\na;30\n"
            ], date: "2026-03-01")
        try repository.write([
            "monitoring/karta/2026-02-01.csv": "школа;vpr\nШкола А;28\n",
            "monitoring/karta/2026-05-15.csv": "школа;vpr\na;12,5\n"
        ])
        let output = repository.folder.appendingPathComponent("site").path
        let run = try Karta.run(["build", "--quiet", "--since", "HEAD", "--output", output], in: repository.folder)
        #expect(run.status == 0, "\(run.stderr)")
        let report = try String(contentsOfFile: output + "/roadmaps/karta/report.html", encoding: .utf8)
        #expect(
            report.contains(
                "<li><span class=\"change-mark\">~</span> мониторинг на 01.02.2026<ul><li>Доля, Школа А: 30 → 28</li></ul></li>"
            ),
            "\(report)")
        #expect(
            report.contains(
                "<li><span class=\"change-mark\">+</span> мониторинг на 15.05.2026<ul><li>школ: 1, значений: 1</li></ul></li>"
            ))
        #expect(report.contains("<h2>Динамика целевых показателей</h2>"))
    }
}
