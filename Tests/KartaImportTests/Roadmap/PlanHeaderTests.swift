import KartaCore
import Testing
@testable import KartaImport

struct PlanHeaderTests {
    /// The paragraphs above a plan's table, as seed 004 has them: a stamp to its number, a label in
    /// capitals, the title, the goal and the tasks; an appendix mark is dropped.
    @Test func stampTitleGoalAndTasksAreRead() {
        let header = PlanHeader(paragraphs: [
            "Приложение 2 к приказу РОО", "Утвержден", "приказом МКУ «РОО»", "от «19» марта 2021 года № 376",
            "ПРОЕКТ «500+»", "Дорожная карта по реализации проекта «500+»¹", "на 2021 год",
            "Цель: повышение качества образования", "Задачи:", "- 1.Комплексная диагностика;",
            "• 2) Методическая помощь,"
        ])
        #expect(
            header.stamp
                == ApprovalStamp(word: "Утвержден", lines: ["приказом МКУ «РОО»", "от «19» марта 2021 года № 376"]))
        #expect(header.other == ["ПРОЕКТ «500+»"])
        #expect(header.title == "Дорожная карта по реализации проекта «500+» на 2021 год")
        #expect(header.titleMarks == ["¹"])
        #expect(header.goal == "повышение качества образования")
        #expect(header.tasks == ["Комплексная диагностика", "Методическая помощь"])
    }

    @Test(
        arguments: [
            ("План на 2022 год", Period.year(2022)),
            ("на 2023-2024 учебный год", .academicYear(startYear: 2023)),
            ("(на 2022 г.)", .year(2022)),
            (
                "на 2020–2021 годы",
                .range(from: LocalDate(year: 2020, month: 1, day: 1)!, to: LocalDate(year: 2021, month: 12, day: 31)!)
            )
        ] as [(String, Period)])
    func theTitleNamesThePeriod(_ text: String, _ period: Period) {
        #expect(PlanHeader.period(in: text) == period)
    }

    @Test(arguments: [
        "План работы", "на 1999-2100 годы", "на 2020-2031 годы", "школы № 2024", "в 3000 году", "в 1989 году"
    ])
    func aTitleWithoutAPeriodNamesNone(_ text: String) {
        #expect(PlanHeader.period(in: text) == nil)
    }
}
