import Foundation
import Testing

struct WhenCommandTests {
    @Test func printsExactlyOneJSONObject() throws {
        let run = try Karta.run(["when", "03-15 февраля", "--year", "2022", "--json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["text"] as? String == "03-15 февраля")
        #expect(object["kind"] as? String == "dates")
        #expect(object["intervals"] as? [[String: String]] == [["from": "2022-02-03", "to": "2022-02-15"]])
        #expect(object["recurrence"] == nil)
        #expect(run.stdout.filter { $0 == "\n" }.count == 1)
    }

    @Test func recurringCarriesItsRecurrenceAndWindow() throws {
        let run = try Karta.run(["when", "1 раз в месяц (сентябрь-декабрь)", "--academic-year", "2023-2024", "--json"])
        #expect(
            run.stdout == """
                {"text": "1 раз в месяц (сентябрь-декабрь)", "kind": "recurring", "intervals": [{"from": "2023-09-01", "to": "2023-12-31"}], \
                "recurrence": {"frequency": "monthly", "times": 1, "weekdays": []}}

                """)
    }

    @Test func deadlineAndBySchedule() throws {
        let deadline = try Karta.run(["when", "до 15.10.2023", "--academic-year", "2023-2024", "--json"])
        #expect(
            deadline.stdout.contains(#""kind": "deadline", "intervals": [{"from": "2023-09-01", "to": "2023-10-15"}]"#))
        let other = try Karta.run(["when", "По графику ИРО", "--year", "2022", "--json"])
        #expect(other.stdout.contains(#""kind": "by-schedule", "intervals": []"#))
    }

    @Test func russianSentenceByDefault() throws {
        let run = try Karta.run(["when", "Март-май-июнь", "--year", "2022"])
        #expect(
            run.stdout
                == "Сроки (3): с 01.03.2022 по 31.03.2022; с 01.05.2022 по 31.05.2022; с 01.06.2022 по 30.06.2022.\n")
    }

    @Test func rejectsBothPeriods() throws {
        let run = try Karta.run(["when", "март", "--year", "2022", "--academic-year", "2023-2024"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("укажите либо --year, либо --academic-year"))
    }
}
