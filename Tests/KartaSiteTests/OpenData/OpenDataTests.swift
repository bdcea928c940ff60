import Foundation
import KartaTestSupport
import Testing
@testable import KartaSite

/// The open data of the mini site, read by the parsers other programs use.
struct OpenDataTests {
    static func built() throws -> String {
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(content: SiteBuilderTests.mini, output: output)
        #expect(result.succeeded, "\(result.diagnostics.all)")
        return output
    }

    /// The demo content built into a temporary folder.
    static func builtDemo() throws -> String {
        let output = SiteFixture.temporaryFolder()
        let result = SiteFixture.build(
            content: SiteFixture.packageRoot.appendingPathComponent("content").path, output: output)
        #expect(result.succeeded, "\(result.diagnostics.all)")
        return output
    }

    @Test func jsonFollowsItsSchema() throws {
        let output = try Self.built()
        let report = try Python.run(
            """
            import json, sys, jsonschema
            root = sys.argv[1]
            schema = json.load(open(root + "/data/schema.json"))
            jsonschema.Draft202012Validator.check_schema(schema)
            site = json.load(open(root + "/data/site.json"))
            jsonschema.Draft202012Validator(schema).validate(site)
            for roadmap in site["roadmaps"]:
                data = json.load(open(root + "/" + roadmap["data"]))
                jsonschema.Draft202012Validator(schema).validate(data)
                measures = [m for s in data["stages"] for m in s["measures"]]
                print(roadmap["slug"], len(measures), ",".join(m["state"] for m in measures), measures[0]["schedule"]["intervals"][0]["from"])
            # A document of the wrong shape is refused: the schema is not a formality.
            site["version"] = 2
            print(not jsonschema.Draft202012Validator(schema).is_valid(site))
            """, arguments: [output])
        #expect(report == "plan 4 done,overdue,in-progress,planned 2022-03-01\nTrue\n")
    }

    /// The demo's indicators in open data: the rounds, each school's values (null for no data) and
    /// target, valid by the schema; and the same values as a spreadsheet's rows.
    /// The demo's meetings in `site.json`, valid by the schema, with each decision's state; each
    /// decision's deadline in the calendars of the roadmap and the schools it concerns.
    @Test func meetingsAndDecisionsAreInTheDataAndCalendars() throws {
        let output = try Self.builtDemo()
        let report = try Python.run(
            """
            import json, sys, jsonschema, icalendar
            root = sys.argv[1]
            schema = json.load(open(root + "/data/schema.json"))
            site = json.load(open(root + "/data/site.json"))
            jsonschema.Draft202012Validator(schema).validate(site)
            for meeting in site["meetings"]:
                print(meeting["date"], meeting["number"], " ".join(
                    d["number"] + d["state"] + ("@" + d["measure"] if d["measure"] else "") for d in meeting["decisions"]))
            for path in ["/roadmaps/municipal-2025/calendar.ics", "/schools/klyuchi-oosh/calendar.ics"]:
                events = icalendar.Calendar.from_ical(open(root + path, "rb").read()).walk("VEVENT")
                print(path.split("/")[2], " ".join(
                    str(e["UID"]).split("@")[0] + ":" + e["DTSTART"].dt.isoformat() for e in events if "decision" in str(e["UID"])))
            """, arguments: [output])
        #expect(
            report == """
                2025-10-15 1 1.1.done@2.1 1.2.overdue@2.2 2.1.done@2.5
                2026-01-20 2 1.1.overdue@2.2 2.1.planned@2.7 2.2.planned
                municipal-2025 rabochaya-gruppa-2025-10-decision-1-1:2025-10-31 \
                rabochaya-gruppa-2025-10-decision-1-2:2025-12-15 rabochaya-gruppa-2025-10-decision-2-1:2025-11-20 \
                rabochaya-gruppa-2026-01-decision-1-1:2026-01-30 rabochaya-gruppa-2026-01-decision-2-1:2026-03-31 \
                rabochaya-gruppa-2026-01-decision-2-2:2026-02-20
                klyuchi-oosh rabochaya-gruppa-2025-10-decision-1-2:2025-12-15 rabochaya-gruppa-2026-01-decision-1-1:2026-01-30

                """, "\(report)")
    }

    @Test func indicatorsAreInTheDataAndTheirTable() throws {
        let output = try Self.builtDemo()
        let report = try Python.run(
            """
            import csv, json, sys, jsonschema
            root = sys.argv[1]
            schema = json.load(open(root + "/data/schema.json"))
            data = json.load(open(root + "/data/roadmaps/municipal-2025.json"))
            jsonschema.Draft202012Validator(schema).validate(data)
            print(data["version"], data["rounds"])
            vpr = data["indicators"][0]
            print(vpr["id"], vpr["better"], vpr["target"])
            for school in vpr["schools"]:
                print(school["school"], school["target"], school["values"])
            done = data["indicators"][2]["schools"][2]
            print(done["school"], done["values"])
            rows = list(csv.reader(open(root + "/roadmaps/municipal-2025/indicators.csv", encoding="utf-8-sig"), delimiter=";"))
            print(len(rows) - 1, rows[1])
            """, arguments: [output])
        #expect(
            report == """
                3 ['2025-10-01', '2025-12-20']
                vpr-below-base lower 15
                berezovka-sosh 15 [31.5, 26.4]
                klyuchi-oosh 20 [38.2, 35.2]
                sosnovka-sosh 15 [27.4, 14.8]
                sosnovka-sosh [25, None]
                17 ['vpr-below-base', 'Доля обучающихся, не достигших базового уровня по ВПР', '%', 'меньше', \
                'МБОУ Берёзовская СОШ', '01.10.2025', '31,5', '15', 'нет']

                """)
    }

    @Test func calendarsParseWithStableUniqueEvents() throws {
        let output = try Self.built()
        let report = try Python.run(
            """
            import sys, icalendar
            root = sys.argv[1]
            for path in ["/roadmaps/plan/calendar.ics", "/schools/shkola-1/calendar.ics"]:
                raw = open(root + path, "rb").read()
                assert b"\\r\\n" in raw and all(len(line) <= 75 for line in raw.split(b"\\r\\n"))
                calendar = icalendar.Calendar.from_ical(raw)
                events = calendar.walk("VEVENT")
                uids = [str(e["UID"]) for e in events]
                assert len(set(uids)) == len(uids)
                for e in events:
                    print(path.split("/")[2], str(e["UID"]), e["DTSTART"].dt.isoformat(), e["DTEND"].dt.isoformat(),
                          e.get("RRULE").to_ical().decode() if e.get("RRULE") else "-", str(e["SUMMARY"]))
            """, arguments: [output])
        // «март» — the month; «10-20 мая»; «ежемесячно» — monthly over the year; «По графику ИРО» — no event.
        #expect(
            report == """
                plan plan-event-1-1@karta.invalid 2022-03-01 2022-04-01 - 1.1 Анкетирование
                plan plan-event-1-2@karta.invalid 2022-05-10 2022-05-21 - 1.2 Семинар
                plan plan-event-2-1@karta.invalid 2022-01-01 2022-01-02 FREQ=MONTHLY;UNTIL=20221231 2.1 Консультации
                plan sovet-1-decision-1-1@karta.invalid 2022-06-10 2022-06-11 - Срок решения 1.1. Провести семинар в июне.
                shkola-1 plan-event-1-1@karta.invalid 2022-03-01 2022-04-01 - 1.1 Анкетирование
                shkola-1 plan-event-1-2@karta.invalid 2022-05-10 2022-05-21 - 1.2 Семинар
                shkola-1 plan-event-2-1@karta.invalid 2022-01-01 2022-01-02 FREQ=MONTHLY;UNTIL=20221231 2.1 Консультации
                shkola-1 sovet-1-decision-1-1@karta.invalid 2022-06-10 2022-06-11 - Срок решения 1.1. Провести семинар в июне.

                """)
    }

    @Test func tableOpensWithItsColumnsAndCyrillic() throws {
        let output = try Self.built()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output + "/roadmaps/plan/measures.csv"))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let report = try Python.run(
            """
            import csv, sys
            with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
                rows = list(csv.reader(f, delimiter=";"))
            print(len(rows), len(rows[0]), rows[0][2], "|", rows[1][2], "|", rows[1][8], "|", rows[4][3])
            """, arguments: [output + "/roadmaps/plan/measures.csv"])
        #expect(report == "5 10 Мероприятие | Анкетирование | выполнено | По графику ИРО\n")
    }

    /// LibreOffice Calc reads the table with the separator and encoding a Russian spreadsheet
    /// uses (`;`, UTF-8) into the right columns, Cyrillic intact; written back with `|` to compare.
    @Test func tableOpensInLibreOfficeCalc() throws {
        let output = try Self.built()
        let converted = try ScratchFolder.make("calc")
        let run = try Command.soffice(
            [
                "--infilter=CSV:59,34,76,1", "--convert-to", "csv:Text - txt - csv (StarCalc):124,34,76,1",
                "--outdir", converted.path, output + "/roadmaps/plan/measures.csv"
            ])
        #expect(run.status == 0, "\(run.stderr)")
        let text = try String(contentsOf: converted.appendingPathComponent("measures.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").map {
            $0.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: ["\""]) }
        }
        #expect(rows.count == 5)
        #expect(rows.allSatisfy { $0.count == 10 })
        #expect(rows[0] == MeasuresCSV.header)
        #expect(rows[1][0] == "1.1")
        #expect(rows[1][2] == "Анкетирование")
        #expect(rows[4][3] == "По графику ИРО")
    }

    @Test func pagesLinkTheirData() throws {
        let output = try Self.built()
        let roadmap = try String(contentsOfFile: output + "/roadmaps/plan/index.html", encoding: .utf8)
        #expect(roadmap.contains("<a href=\"measures.csv\">таблица (CSV)</a>"))
        #expect(roadmap.contains("<a href=\"../../data/roadmaps/plan.json\">данные (JSON)</a>"))
        let school = try String(contentsOfFile: output + "/schools/shkola-1/index.html", encoding: .utf8)
        #expect(school.contains("<a href=\"../../schools/shkola-1/calendar.ics\">"))
    }
}
