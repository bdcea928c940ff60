import Foundation
import KartaCore
import KartaDiff
import KartaTestSupport
import Testing

/// Every field of the demo content edited one at a time, as a reviewer's merge request would:
/// `karta diff` must name each edit.
@Suite(.serialized) struct DemoContentDiffTests {
    struct Edit: Sendable, CustomStringConvertible {
        let file: String
        let old: String
        let new: String
        /// Lines the diff must contain.
        let expected: [String]
        /// Text the diff must not contain.
        var absent: [String] = []
        var description: String { "\(file): «\(old.prefix(40))»" }
    }

    static let site = "site.yml", school = "schools/berezovka-sosh.md", roadmap = "roadmaps/municipal-2025.md"
    static let own = "roadmaps/berezovka-2025.md", order = "orders/prikaz-2025-118.md"

    static let edits: [Edit] = [
        // site.yml
        Edit(
            file: site, old: "title: Проект «500+» в Примерном муниципальном районе",
            new: "title: Проект «500+» в Примерном районе",
            expected: [
                "заголовок (title): «Проект «500+» в Примерном муниципальном районе» → «Проект «500+» в Примерном районе»"
            ]),
        Edit(
            file: site, old: "organization: Отдел образования", new: "organization: Управление образования",
            expected: ["организация (organization): «Отдел"]),
        Edit(
            file: site, old: "region: Условная область", new: "region: Условная обл.",
            expected: ["регион (region): «Условная область» → «Условная обл.»"]),
        Edit(
            file: site, old: "municipality: Примерный муниципальный район", new: "municipality: Примерный район",
            expected: ["муниципалитет (municipality):"]),
        Edit(
            file: site, old: "as_of: 2026-02-02", new: "as_of: 2026-02-03",
            expected: ["дата отчёта (as_of): «2026-02-02» → «2026-02-03»"]),
        Edit(file: site, old: "example.org/500/", new: "example.org/501/", expected: ["адрес сайта (base_url):"]),
        Edit(
            file: site, old: "  name: Н.И. Петренко", new: "  name: Н.И. Петренко-Сидорова",
            expected: ["координатор (coordinator), имя: «Н.И. Петренко» → «Н.И. Петренко-Сидорова»"]),
        Edit(
            file: site, old: "методист ИМЦ", new: "старший методист ИМЦ",
            expected: ["координатор (coordinator), должность:"]),
        Edit(
            file: site, old: "методист ИМЦ\n", new: "методист ИМЦ\n  organization: ИМЦ\n",
            expected: ["координатор (coordinator), организация: «» → «ИМЦ»"]),
        // a school
        Edit(
            file: school, old: "name: Муниципальное бюджетное", new: "name: Муниципальное",
            expected: ["~ школа «МБОУ Берёзовская СОШ» (berezovka-sosh)", "название: «Муниципальное бюджетное"]),
        Edit(
            file: school, old: "short_name: МБОУ Берёзовская СОШ", new: "short_name: МОУ Берёзовская СОШ",
            expected: ["краткое название: «МБОУ Берёзовская СОШ» → «МОУ Берёзовская СОШ»"]),
        Edit(
            file: school, old: "municipality: Примерный муниципальный район", new: "municipality: Примерный район",
            expected: ["муниципалитет: «Примерный муниципальный район» → «Примерный район»"]),
        Edit(
            file: school, old: "region: Условная область", new: "region: Условная обл.",
            expected: ["регион: «Условная область» → «Условная обл.»"]),
        Edit(
            file: school, old: "berezovka.example.org", new: "berezovka-school.example.org",
            expected: ["сайт: «https://berezovka.example.org» → «https://berezovka-school.example.org»"]),
        Edit(
            file: school, old: "д. 4", new: "д. 6",
            expected: ["адрес: «с. Берёзовка, ул. Школьная, д. 4» → «с. Берёзовка, ул. Школьная, д. 6»"]),
        Edit(
            file: school, old: "director: Иванова Марина Петровна", new: "director: Иванова М. П.",
            expected: ["директор: «Иванова Марина Петровна» → «Иванова М. П.»"]),
        Edit(
            file: school, old: "joined: 2024", new: "joined: 2025",
            expected: ["год вступления в проект: «2024» → «2025»"]),
        Edit(
            file: school, old: "  name: Орлова Е.М.", new: "  name: Орлова Е.Н.",
            expected: ["ответственный, имя: «Орлова Е.М.» → «Орлова Е.Н.»"]),
        Edit(
            file: school, old: "Орлова Е.М.\n  position: заместитель директора по УВР",
            new: "Орлова Е.М.\n  position: директор",
            expected: ["ответственный, должность: «заместитель директора по УВР» → «директор»"]),
        Edit(
            file: school, old: "учитель русского языка и литературы", new: "учитель литературы",
            expected: [
                "− методист: «Кузнецова Т.И., учитель русского языка и литературы, МБОУ лицей № 1 пос. Примерный»",
                "+ методист: «Кузнецова Т.И., учитель литературы, МБОУ лицей № 1 пос. Примерный»"
            ]),
        Edit(
            file: school, old: "МБОУ СОШ № 2 пос. Примерный", new: "МБОУ СОШ № 3 пос. Примерный",
            expected: ["+ куратор: «Белова С.В., заместитель директора по УВР, МБОУ СОШ № 3 пос. Примерный»"]),
        Edit(
            file: school, old: "  - Низкий уровень вовлеченности родителей\nroadmaps:",
            new: "  - Низкий уровень вовлеченности родителей\n  - Низкий уровень оснащения\nroadmaps:",
            expected: ["+ профиль риска: «Низкий уровень оснащения»"]),
        Edit(
            file: school, old: "  - municipal-2025\n  - berezovka-2025\n", new: "  - municipal-2025\n",
            expected: ["− дорожная карта: «berezovka-2025»"]),
        Edit(
            file: school, old: "  - kind: report", new: "  - kind: other",
            expected: ["+ документ: «other, Отчёт о промежуточном мониторинге"]),
        Edit(
            file: school, old: "title: Среднесрочная программа развития",
            new: "title: Среднесрочная программа развития школы",
            expected: ["+ документ: «midterm-program, Среднесрочная программа развития школы,"]),
        Edit(
            file: school, old: "programma.pdf", new: "programma-2025.pdf",
            expected: [
                "+ документ: «midterm-program, Среднесрочная программа развития, files/berezovka/programma-2025.pdf, 20.10.2025»"
            ]),
        Edit(
            file: school, old: "date: 2025-12-22", new: "date: 2025-12-23",
            expected: ["files/berezovka/otchet-dekabr.pdf, 23.12.2025»"]),
        Edit(
            file: school, old: "    risk_profile: Низкая учебная мотивация обучающихся",
            new: "    risk_profile: Низкий уровень вовлеченности родителей",
            expected: ["antirisk-motivaciya.pdf, Низкий уровень вовлеченности родителей»"]),
        Edit(
            file: school, old: "signed: files/berezovka/prikaz-uchastie-podpisan.pdf",
            new: "signed: files/berezovka/prikaz-uchastie.sig",
            expected: [
                "+ документ: «order, Приказ об участии в проекте «500+», files/berezovka/prikaz-uchastie.pdf, 10.09.2025, подписанная копия "
                    + "files/berezovka/prikaz-uchastie.sig»"
            ]),
        Edit(
            file: school, old: "открыт клуб «Читаем вместе» для 5–7 классов.",
            new: "открыт клуб «Читаем вместе» для 5–7 классов.\n\nЛетом работает профильная смена.",
            expected: ["+ текст: абзац «Летом работает профильная смена.»"]),
        // a roadmap
        Edit(
            file: roadmap, old: "на 2025–2026 учебный год\nlevel", new: "на 2025/2026 учебный год\nlevel",
            expected: ["~ сведения о карте", "название: «Муниципальная дорожная карта"]),
        Edit(
            file: roadmap, old: "level: municipal", new: "level: regional",
            expected: ["уровень: «муниципальная» → «региональная»"]),
        Edit(
            file: roadmap, old: "issuer: Отдел образования", new: "issuer: Управление образования",
            expected: ["разработчик: «Отдел образования"]),
        Edit(file: roadmap, old: "academic_year: 2025-2026", new: "academic_year: 2026-2027", expected: ["период:"]),
        Edit(
            file: roadmap, old: "goal: Повышение качества", new: "goal: Устойчивое повышение качества",
            expected: ["цель: «Повышение качества"]),
        Edit(
            file: roadmap, old: "  - Проводить мониторинг хода", new: "  - Ежеквартально проводить мониторинг хода",
            expected: ["+ задача: «Ежеквартально проводить мониторинг"]),
        Edit(
            file: roadmap, old: "  title: Наименование мероприятия", new: "  title: Мероприятие",
            expected: ["столбцы, столбец мероприятия: «Наименование мероприятия» → «Мероприятие»"]),
        Edit(
            file: roadmap, old: "  when: Сроки исполнения\n  responsible: Ответственные исполнители",
            new: "  responsible: Ответственные исполнители\n  when: Сроки исполнения",
            expected: [
                "столбцы, порядок столбцов: «title, when, responsible, result» → «title, responsible, when, result»"
            ]),
        Edit(
            file: roadmap, old: "  - sosnovka-sosh\napproved_by", new: "approved_by",
            expected: ["− школа «МБОУ Сосновская СОШ» из карты"]),
        Edit(
            file: roadmap, old: "approved_by: prikaz-2025-118", new: "approved_by: prikaz-2025-119",
            expected: ["утверждена приказом: «prikaz-2025-118» → «prikaz-2025-119»"]),
        Edit(
            file: roadmap, old: "stages:\n",
            new: "stamp:\n  word: УТВЕРЖДЕНА\n  lines: [приказом от 05.09.2025 № 118]\nstages:\n",
            expected: ["+ гриф утверждения: «УТВЕРЖДЕНА, приказом от 05.09.2025 № 118»"]),
        Edit(
            file: roadmap, old: "    when: сентябрь – октябрь 2025", new: "    when: сентябрь – ноябрь 2025",
            expected: ["~ этап «Организационный этап»", "срок: «сентябрь – октябрь 2025» → «сентябрь – ноябрь 2025»"],
            absent: ["мероприятие"]),
        Edit(
            file: roadmap, old: "  - title: Организационный этап", new: "  - title: Подготовительный этап",
            expected: ["~ этап «Подготовительный этап»", "название: «Организационный этап» → «Подготовительный этап»"],
            absent: ["перенесено", "мероприятие"]),
        Edit(
            file: roadmap, old: "id: \"1.7\"", new: "id: \"1.70\"",
            expected: ["+ мероприятие 1.70 «Размещение", "− мероприятие 1.7 «Размещение"]),
        Edit(
            file: roadmap, old: "на муниципальном уровне", new: "на муниципальном уровне и в школах",
            expected: [
                "~ мероприятие 1.6 «Экспертиза концептуальных документов на муниципальном уровне и в школах»",
                "название:"
            ]),
        Edit(
            file: roadmap, old: "when: 20-30октября", new: "when: 20-31 октября",
            expected: ["срок: «20-30октября» → «20-31 октября»"]),
        Edit(
            file: roadmap, old: "responsible: Рабочая группа отдела образования",
            new: "responsible: Рабочая группа отдела образования и ИМЦ", expected: ["ответственные: «Рабочая группа"]),
        Edit(
            file: roadmap, old: "result: Экспертные заключения", new: "result: Экспертные заключения и рекомендации",
            expected: ["результат: «Экспертные заключения» → «Экспертные заключения и рекомендации»"]),
        Edit(
            file: roadmap, old: "done: 2025-10-30", new: "done: 2025-10-29",
            expected: ["статус: выполнено 30.10.2025 → выполнено 29.10.2025"]),
        Edit(
            file: roadmap, old: "result: Раздел на сайте каждой школы\n        status: planned",
            new: "result: Раздел на сайте каждой школы\n        status: in-progress",
            expected: [
                "~ мероприятие 1.7 «Размещение раздела «Проект 500+» на сайтах школ»",
                "статус: запланировано → выполняется"
            ]),
        Edit(
            file: roadmap, old: "href: files/prikaz-118.pdf", new: "href: files/prikaz-118-scan.pdf",
            expected: ["+ подтверждение: «Приказ от 05.09.2025 № 118, files/prikaz-118-scan.pdf»"]),
        Edit(
            file: roadmap, old: "schools: [berezovka-sosh, klyuchi-oosh, sosnovka-sosh]",
            new: "schools: [berezovka-sosh, klyuchi-oosh]", expected: ["− школа: «sosnovka-sosh»"]),
        Edit(
            file: own, old: "        risk_profile: Низкая учебная мотивация обучающихся",
            new: "        risk_profile: Низкий уровень вовлеченности родителей",
            expected: [
                "профиль риска: «Низкая учебная мотивация обучающихся» → «Низкий уровень вовлеченности родителей»"
            ]),
        Edit(
            file: roadmap, old: "дважды в год: в декабре и в июне.", new: "трижды в год: в декабре, марте и июне.",
            expected: ["примечания: абзац «…"]),
        Edit(
            file: roadmap, old: "\n---\nДорожная карта утверждена",
            new:
                "\n  - title: Итоговый этап\n    events:\n      - id: \"4.1\"\n        title: Итоговое совещание\n        when: июнь "
                + "2026\n---\nДорожная карта утверждена",
            expected: ["+ этап «Итоговый этап»", "+ мероприятие 4.1 «Итоговое совещание»"]),
        // the order
        Edit(
            file: order, old: "  - УСЛОВНОЙ ОБЛАСТИ", new: "  - УСЛОВНОЙ ОБЛ.",
            expected: ["− строка издателя: «УСЛОВНОЙ ОБЛАСТИ»", "+ строка издателя: «УСЛОВНОЙ ОБЛ.»"]),
        Edit(
            file: order, old: "short_issuer: отдела образования", new: "short_issuer: отдела",
            expected: ["краткое имя издателя: «отдела образования» → «отдела»"]),
        Edit(
            file: order, old: "kind: ПРИКАЗ", new: "kind: РАСПОРЯЖЕНИЕ",
            expected: ["вид документа: «ПРИКАЗ» → «РАСПОРЯЖЕНИЕ»"]),
        Edit(file: order, old: "number: \"118\"", new: "number: \"118-о\"", expected: ["номер: «118» → «118-о»"]),
        Edit(
            file: order, old: "date: 2025-09-05", new: "date: 2025-09-06",
            expected: ["дата: «05.09.2025» → «06.09.2025»"]),
        Edit(
            file: order, old: "place: пос. Примерный", new: "place: с. Примерное",
            expected: ["место издания: «пос. Примерный» → «с. Примерное»"]),
        Edit(
            file: order, old: "title: Об утверждении муниципальной", new: "title: Об утверждении районной",
            expected: ["заголовок: «Об утверждении муниципальной"]),
        Edit(
            file: order, old: "  name: А.В. Смирнова", new: "  name: А.В. Смирнова-Петрова",
            expected: ["подписал, имя: «А.В. Смирнова» → «А.В. Смирнова-Петрова»"]),
        Edit(
            file: order, old: "  position: Начальник отдела образования",
            new: "  position: И.о. начальника отдела образования", expected: ["подписал, должность:"]),
        Edit(
            file: order, old: "prepared_by: Петренко Н.И., методист",
            new: "prepared_by: Петренко Н.И., старший методист", expected: ["исполнитель: «Петренко Н.И., методист"]),
        Edit(
            file: order, old: "signed: files/prikaz-118.sig", new: "signed: files/prikaz-118-scan.pdf",
            expected: ["подписанная копия: «files/prikaz-118.sig» → «files/prikaz-118-scan.pdf»"]),
        Edit(
            file: order, old: "  - assignments: methodists\n    schools: [berezovka-sosh, klyuchi-oosh, sosnovka-sosh]",
            new: "  - assignments: methodists\n    schools: [berezovka-sosh, klyuchi-oosh]",
            expected: [
                "− приложение: «закрепление методистов: berezovka-sosh, klyuchi-oosh, sosnovka-sosh»",
                "+ приложение: «закрепление методистов: berezovka-sosh, klyuchi-oosh»"
            ]),
        Edit(
            file: order, old: "оставляю за собой.", new: "возложить на заместителя начальника.",
            expected: [
                "текст приказа: абзац «6. Контроль за исполнением приказа оставляю за собой.» → «6. Контроль за исполнением приказа возложить на "
                    + "заместителя начальника.»"
            ])
    ]

    static func repository() throws -> GitFixture {
        let repository = try GitFixture()
        let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("content")
        try FileManager.default.copyItem(at: demo, to: URL(fileURLWithPath: repository.content))
        try repository.commit("Демо", [:])
        return repository
    }

    @Test func everyFieldOfTheDemoContentIsNamed() throws {
        let repository = try Self.repository()
        let fields = Set(Self.edits.map { "\($0.file) \($0.old)" })
        #expect(fields.count == Self.edits.count)
        for edit in Self.edits {
            try ScratchFolder.edit(repository.content + "/" + edit.file, replacing: edit.old, with: edit.new)
            let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD"), to: .working)
            let text = ChangeFormatter.format(changes, as: .text)
            for line in edit.expected { #expect(text.contains(line), "\(edit)\n---\n\(text)") }
            for word in edit.absent { #expect(!text.contains(word), "\(edit)\n---\n\(text)") }
            #expect(!text.contains("Другие изменения"), "\(edit)\n---\n\(text)")
            try repository.git("checkout", "--", ".")
        }
        #expect(try ContentDiff.run(content: repository.content, from: .git("HEAD"), to: .working).isEmpty)
    }

    /// Files karta publishes but does not decode are compared by their bytes.
    @Test func anAttachmentReplacedAddedOrRemovedIsAnOtherChange() throws {
        let repository = try Self.repository()
        try Data("%PDF-1.4 другой скан".utf8).write(
            to: URL(fileURLWithPath: repository.content + "/files/prikaz-118.pdf"))
        try ScratchFolder.write("новый файл", to: repository.content + "/files/berezovka/plan.pdf")
        try FileManager.default.removeItem(atPath: repository.content + "/files/klyuchi")
        // An editor's own file is not one karta reads.
        try ScratchFolder.write("x", to: repository.content + "/files/berezovka/plan.pdf~")
        let changes = try ContentDiff.run(content: repository.content, from: .git("HEAD"), to: .working)
        #expect(changes.sections.map(\.title) == ["Другие изменения"])
        let other = try #require(changes.sections.first)
        #expect(other.changes.first?.kind == .added && other.changes.first?.subject == "files/berezovka/plan.pdf")
        #expect(
            other.changes.contains { $0.kind == .changed && $0.subject == "files/prikaz-118.pdf" && $0.details.isEmpty }
        )
        #expect(other.changes.contains { $0.kind == .removed && $0.subject.hasPrefix("files/klyuchi/") })
        #expect(!other.changes.contains { $0.subject.hasSuffix("~") })

        try repository.commit("Файлы", [:])
        let committed = try ContentDiff.run(content: repository.content, from: .git("HEAD~1"), to: .git("HEAD"))
        #expect(committed.sections.first?.changes.count == other.changes.count)
        let text = ChangeFormatter.format(committed, as: .text)
        #expect(text.contains("Другие изменения\n  + files/berezovka/plan.pdf\n"))
    }
}
