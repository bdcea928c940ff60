import Foundation
import KartaCore
import KartaTestSupport
import Testing

@testable import KartaDiff

/// `karta diff` over meetings: a protocol added whole with its decisions, and in a later one each
/// decision changed, done or added, named by its number in the protocol.
struct MeetingDiffTests {
    static func meeting(_ decisions: String) -> String {
        """
        ---
        kind: совещание
        title: по итогам четверти
        date: 2025-10-15
        number: "4"
        agenda:
          - title: О выездах
            decisions:
        \(decisions)
        ---

        """
    }

    @Test func decisionsAddedChangedAndDoneAreNamed() throws {
        let repository = try GitFixture()
        try repository.commit(
            "start",
            [
                "site.yml": "title: Сайт\nas_of: 2026-02-02\n",
                "meetings/m-1.md": Self.meeting("      - {text: Провести выезды., due: 2025-12-15}")
            ], date: "2025-10-16")
        var changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~0"), to: .working)
        #expect(changes.sections.isEmpty)
        try repository.commit(
            "done",
            [
                "meetings/m-1.md": Self.meeting(
                    """
                          - {text: Провести выезды., due: 2025-12-20, status: done, done: 2025-12-18}
                          - {text: Подготовить справку., responsible: ИМЦ, due: 2026-01-15}
                    """),
                "meetings/m-2.md": Self.meeting("      - {text: Обсудить итоги., due: 2026-02-01}")
                    .replacingOccurrences(of: "number: \"4\"", with: "number: \"5\"")
            ], date: "2025-12-21")
        changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
        let text = ChangeFormatter.format(changes, as: .text)
        #expect(
            text.contains(
                """
                Совещания
                  ~ протокол № 4 от 15.10.2025 (m-1)
                      решение 1.1: срок: «15.12.2025» → «20.12.2025»
                      решение 1.1: статус: «запланировано» → «выполнено»
                      решение 1.1: выполнено: «» → «18.12.2025»
                      + решение 1.2: Подготовить справку., ИМЦ, 15.01.2026, запланировано
                  + протокол № 5 от 15.10.2025 (m-2)
                """), "\(text)")
    }
}
