import Foundation
import KartaCore
import KartaTestSupport
import Testing

@testable import KartaImport

/// An order with no measures table (on the schools taking part, say) imports as
/// `orders/<slug>.md` instead of being refused for want of a table.
struct OrderOnlyImportTests {
    @Test func anOrderAloneBecomesAnOrder() throws {
        let into = try ImporterTests.folder()
        let report = try Importer.run(
            ImportOptions(
                file: ImporterTests.fixtures.appendingPathComponent("order.txt").path, into: into, slug: "uchastie")
        ).get()
        #expect(report.files == [into + "/orders/uchastie.md"])
        #expect(report.summary.hasSuffix("Приказ: приказ № 131 от 29.09.2025, пунктов: 3"), "\(report.summary)")
        try "title: Сайт\n".write(toFile: into + "/site.yml", atomically: true, encoding: .utf8)
        let loaded = SiteLoader.load(from: into, asOf: nil, today: LocalDate(year: 2025, month: 12, day: 1)!)
        #expect(loaded.diagnostics.all.isEmpty, "\(loaded.diagnostics.all)")
        let order = try #require(loaded.site.orders.first?.order)
        #expect(order.number == "131")
        #expect(order.date == LocalDate(year: 2025, month: 9, day: 29))
        #expect(order.title == "Об участии общеобразовательных организаций в проекте «500+»")
        #expect(order.signatory == Person(name: "А.В. Смирнова", position: "Начальник отдела образования"))
        #expect(order.appendices.isEmpty)
        #expect(order.body.contains("ПРИКАЗЫВАЮ:\n\n1\\. Определить участниками проекта «500+»"), "\(order.body)")
    }
}
