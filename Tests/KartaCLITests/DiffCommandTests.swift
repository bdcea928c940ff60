import Foundation
import KartaTestSupport
import Testing

/// `karta diff` as a reviewer and a CI job run it.
struct DiffCommandTests {
    @Test func exitCodeTellsWhetherTheContentChanged() throws {
        let repository = try GitFixture()
        try repository.commit("Начало", [
            "site.yml": "title: Проект\nas_of: 2025-10-01\n",
            "schools/alfa.md": "---\nname: Школа Альфа\n---\n",
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

    @Test func outsideARepositoryIsExplainedInRussian() throws {
        let folder = try ScratchFolder.content([:]).deletingLastPathComponent()
        let content = try ScratchFolder.content([:])
        let run = try Karta.run(["diff", "--content", content.path], in: folder)
        #expect(run.status == 2)
        #expect(run.stderr == "\(content.path): ошибка: папка с содержимым не в репозитории git; karta diff сравнивает версии, сохранённые в git\n")
    }
}
