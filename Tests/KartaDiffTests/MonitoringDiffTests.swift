import Foundation
import KartaCore
import KartaTestSupport
import Testing
@testable import KartaDiff

/// `karta diff` over monitoring tables: a round added, values changed, added and removed — named
/// by indicator and school whatever name the table uses; the table is not listed again under
/// «Другие изменения».
struct MonitoringDiffTests {
    static let roadmap = """
        ---
        title: Карта
        level: municipal
        period: {academic_year: 2025-2026}
        schools: [sosnovka, klyuchi]
        indicators:
          - {id: vpr, title: Доля не достигших базового уровня, unit: "%", better: lower, target: 15}
          - {id: teachers, title: Доля педагогов, unit: "%"}
        ---

        """

    @Test func roundsAndValuesAreNamed() throws {
        let repository = try GitFixture()
        try repository.commit(
            "start",
            [
                "site.yml": "title: Сайт\nas_of: 2026-02-02\n", "roadmaps/plan.md": Self.roadmap,
                "schools/sosnovka.md": "---\nname: Сосновская СОШ\n---\n",
                "schools/klyuchi.md": "---\nname: Ключевская ООШ\n---\n",
                "monitoring/plan/2025-10-01.csv": "школа;vpr;teachers\nsosnovka;34;40\nklyuchi;38,2;\n"
            ], date: "2025-10-02")
        try repository.commit(
            "round",
            [
                // The same school now by its name; a value corrected, one added, one removed.
                "monitoring/plan/2025-10-01.csv": "школа;vpr;teachers\nСосновская СОШ;34;42\nklyuchi;;30\n",
                "monitoring/plan/2025-12-20.csv": "школа;vpr\nsosnovka;28,5\n"
            ], date: "2025-12-21")
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
        let text = ChangeFormatter.format(changes, as: .text)
        #expect(
            text.contains(
                """
                  ~ мониторинг на 01.10.2025
                      Доля не достигших базового уровня, Ключевская ООШ: 38,2 → —
                      Доля педагогов, Ключевская ООШ: — → 30
                      Доля педагогов, Сосновская СОШ: 40 → 42
                  + мониторинг на 20.12.2025
                      школ: 1, значений: 1
                """), "\(text)")
        #expect(!text.contains("Другие изменения"), "\(text)")
    }
}
