import Foundation
import KartaCore
import KartaTestSupport
import Testing
@testable import KartaDiff

/// Stages have identity: a rename, a new term, a stage added or removed is one line; «перенесено»
/// only between stages that exist in both versions.
struct StageMatchingTests {
    static func changes(_ before: String, _ after: String) throws -> ContentChanges {
        let repository = try GitFixture()
        try repository.commit(
            "До", ["site.yml": ContentDiffTests.site, "roadmaps/karta.md": ContentDiffTests.roadmap(before)])
        try repository.commit("После", ["roadmaps/karta.md": ContentDiffTests.roadmap(after)])
        return try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
    }

    static let two = """
          - title: Организационный этап
            when: сентябрь 2025
            events:
              - {id: "1.1", title: Анкетирование}
              - {id: "1.2", title: Совещание}
          - title: Основной этап
            events:
              - {id: "2.1", title: Консультации}
        """

    @Test func aRenamedStageWithANewTermIsOneChange() throws {
        let changes = try Self.changes(
            Self.two,
            Self.two.replacingOccurrences(
                of: "Организационный этап\n    when: сентябрь 2025",
                with: "Подготовительный этап\n    when: сентябрь – октябрь 2025"))
        let section = try #require(changes.sections.first)
        #expect(section.changes.count == 1)
        #expect(section.changes[0].kind == .changed && section.changes[0].subject == "этап «Подготовительный этап»")
        #expect(
            section.changes[0].details == [
                "название: «Организационный этап» → «Подготовительный этап»",
                "срок: «сентябрь 2025» → «сентябрь – октябрь 2025»"
            ])
    }

    @Test func aStageRemovedWithItsMeasuresAndOneAdded() throws {
        let after = """
              - title: Организационный этап
                when: сентябрь 2025
                events:
                  - {id: "1.1", title: Анкетирование}
                  - {id: "1.2", title: Совещание}
              - title: Итоговый этап
                events:
                  - {id: "3.1", title: Отчёт}
            """
        let text = ChangeFormatter.format(try Self.changes(Self.two, after), as: .text)
        for line in [
            "  + этап «Итоговый этап»\n      мероприятий: 1\n", "  − этап «Основной этап»\n      мероприятий: 1\n",
            "  + мероприятие 3.1 «Отчёт»\n      этап «Итоговый этап»\n",
            "  − мероприятие 2.1 «Консультации»\n      этап «Основной этап»\n"
        ] {
            #expect(text.contains(line), "\(line)\n---\n\(text)")
        }
    }

    @Test func aMeasureMovesOnlyBetweenStagesOnBothSides() throws {
        // 1.2 moves to a stage that exists in both: «перенесено»; 2.1 goes to a new stage: named as such.
        let after = """
              - title: Организационный этап
                when: сентябрь 2025
                events:
                  - {id: "1.1", title: Анкетирование}
              - title: Основной этап
                events:
                  - {id: "1.2", title: Совещание}
              - title: Дополнительный этап
                events:
                  - {id: "2.1", title: Консультации}
            """
        let text = ChangeFormatter.format(try Self.changes(Self.two, after), as: .text)
        #expect(
            text.contains(
                "  ~ мероприятие 1.2 «Совещание»\n      перенесено: из этапа «Организационный этап» в «Основной этап»\n"
            ), "\(text)")
        #expect(
            text.contains(
                "  ~ мероприятие 2.1 «Консультации»\n      этап: «Основной этап» → «Дополнительный этап» (новый этап)\n"
            ), "\(text)")
        #expect(text.contains("  + этап «Дополнительный этап»\n"))
    }

    @Test(
        arguments: [
            // Same titles in another order: matched by title.
            (["А", "Б"], [["1"], ["2"]], ["Б", "А"], [["2"], ["1"]], [1, 0]),
            // A rename: matched by the measures it keeps.
            (["А", "Б"], [["1", "2"], ["3"]], ["Б", "В"], [["3"], ["1", "2"]], [1, 0]),
            // A stage removed and one added with other measures: no match.
            (["А"], [["1"]], ["Б"], [["2"]], [nil]),
            // Empty stages at the same place: a rename.
            (["А", "Б"], [[], ["1"]], ["В", "Б"], [[], ["1"]], [0, 1])
        ] as [([String], [[String]], [String], [[String]], [Int?])])
    func stagesAreMatched(
        oldTitles: [String], oldIDs: [[String]], newTitles: [String], newIDs: [[String]], expected: [Int?]
    ) {
        func stages(_ titles: [String], _ ids: [[String]]) -> [Stage] {
            zip(titles, ids).map { title, ids in
                Stage(
                    title: title,
                    events: ids.map { Event(id: $0, title: "М" + $0, location: SourceLocation(file: "x.md")) })
            }
        }
        #expect(StageMatching(stages(oldTitles, oldIDs), stages(newTitles, newIDs)).newIndex == expected)
    }
}
