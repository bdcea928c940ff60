import Foundation
import Testing
import KartaCore
import KartaImport
import KartaTestSupport

/// Order forms seen in real documents beyond the seeds (DOMAIN.md «Real documents»).
struct OrderFormsTests {
    static func document(kind: String, date: String, number: String, command: String, header: String, rows: String)
        -> String
    {
        """
        АДМИНИСТРАЦИЯ ГОРОДСКОГО ОКРУГА

        \(kind)

        \(date)

        \(number)

        г. Энск

        Об утверждении дорожной карты проекта «500+»

        В целях реализации проекта «500+» в городском округе \(command)

        1. Утвердить дорожную карту (приложение).

        2. Контроль оставляю за собой.

        Глава администрации

        И.И. Иванов

        Дорожная карта проекта «500+» на 2024 год

        \(header)
        \(rows)
        """
    }

    @Test(arguments: [
        // kind, date line, number line, command, expected kind, number, command word printed
        ("П Р И К А З", "от от 12.03.2024", "N 976", "приказываю:", "ПРИКАЗ", "976", "ПРИКАЗЫВАЮ:"),
        ("РАСПОРЯЖЕНИЕ", "12 марта 2024 г.", "№297-мр", "приказываю:", "РАСПОРЯЖЕНИЕ", "297-мр", "ПРИКАЗЫВАЮ:"),
        ("ПРИКАЗ", "12.03.2024 г.", "№183", "ПРИКАЗЫВАЮ:", "ПРИКАЗ", "183", "ПРИКАЗЫВАЮ:"),
        ("ПОСТАНОВЛЕНИЕ", "12.03.2024", "№ 5", "постановляю:", "ПОСТАНОВЛЕНИЕ", "5", "ПОСТАНОВЛЯЮ:")
    ])
    func requisitesAndCommandAsWritten(
        _ kind: String, _ date: String, _ number: String, _ command: String,
        _ expectedKind: String, _ expectedNumber: String, _ printed: String
    ) throws {
        let text = Self.document(
            kind: kind, date: date, number: number, command: command,
            header: "№\tМероприятие\tСроки\tОтветственные\tРезультат",
            rows: "1.\tСеминар\tмарт 2024\tИМЦ\tПроведён")
        let into = try ImporterTests.folder()
        let file = ScratchFolder.url("order", extension: "txt").path
        try ScratchFolder.write(text, to: file)
        _ = try Importer.run(ImportOptions(file: file, into: into, slug: "plan")).get()
        let loaded = ContentLoader.load(from: into)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.formattedDiagnostics())")
        let order = try #require(loaded.content.orders.first)
        #expect(order.kind.word == expectedKind)
        #expect(order.number == expectedNumber)
        #expect(order.date?.iso == "2024-03-12")
        #expect(
            order.body.contains("В целях реализации проекта «500+» в городском округе\n\n\(printed)\n\n1\\. Утвердить"))
    }

    /// Sections called «модуль»; the term column second to last; no «Ответственные» column at all.
    @Test func modulesAndColumnsInTheirOwnOrder() throws {
        let text = Self.document(
            kind: "ПРИКАЗ", date: "12.03.2024", number: "№ 1", command: "ПРИКАЗЫВАЮ:",
            header: "№ п/п\tМероприятие\tПоказатель\tСрок\tПримечание",
            rows:
                "Модуль 1. Диагностика\t\t\t\t\n1.1\tАнкетирование\tАнкеты собраны\tмарт 2024\t\nМодуль 2. "
                + "Поддержка\t\t\t\t\n2.1\tСеминар\tПроведён\tапрель 2024\t"
        )
        let (files, report) = try Importer.convert(text, file: "order.txt", slug: "plan", period: nil, into: "c").get()
        let roadmap = try #require(files.first { $0.path == "c/roadmaps/plan.md" }).text
        #expect(
            roadmap.contains("columns:\n  number: № п/п\n  title: Мероприятие\n  result: Показатель\n  when: Срок\n"))
        #expect(!roadmap.contains("responsible"))
        #expect(roadmap.contains("- title: Модуль 1. Диагностика\n"))
        #expect(roadmap.contains("- title: Модуль 2. Поддержка\n"))
        #expect(report.measures == 2)
        #expect(report.unknownTerms.isEmpty)
    }
}
