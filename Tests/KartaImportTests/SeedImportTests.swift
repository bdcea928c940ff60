import Foundation
import KartaTestSupport
import Testing
import KartaCore
import KartaImport

/// The five real documents in `../shared/seeds/`, when that folder is there.
let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/seeds")
let seedsAvailable = FileManager.default.fileExists(atPath: seedsFolder.path)

@Suite(.enabled(if: seedsAvailable, "../shared/seeds is not present"))
struct SeedImportTests {
    static func seed(_ prefix: String) throws -> String {
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: seedsFolder.path).first { $0.hasPrefix(prefix) })
        return seedsFolder.appendingPathComponent(name).path
    }

    static func importSeed(_ prefix: String) throws -> (ImportReport, LoadedContent) {
        let into = try ImporterTests.folder()
        let report = try Importer.run(ImportOptions(file: try seed(prefix), into: into, slug: "seed-\(prefix)")).get()
        return (report, ContentLoader.load(from: into))
    }

    @Test(arguments: [("000", 33), ("001", 25), ("002", 25), ("003", 45), ("004", 17)])
    func everyMeasureIsImportedAndChecks(_ prefix: String, _ count: Int) throws {
        let (report, loaded) = try Self.importSeed(prefix)
        #expect(report.measures == count)
        #expect(!loaded.diagnostics.hasErrors, "\(loaded.formattedDiagnostics())")
        let roadmap = try #require(loaded.content.roadmaps.first)
        #expect(roadmap.events.count == count)
        #expect(roadmap.events.allSatisfy { !$0.title.isEmpty })
        #expect(roadmap.events.filter { !$0.when.isEmpty && $0.schedule.kind == .unknown }.isEmpty)
    }

    @Test func seed000KeepsTermsAndResponsiblesAsWritten() throws {
        let (report, loaded) = try Self.importSeed("000")
        let events = try #require(loaded.content.roadmaps.first).events
        #expect(events[2].id == "3")
        #expect(events[2].when == "Февраль-декабрь")
        #expect(events[2].responsible == "Муниципальный координатор. Школьные команды.")
        #expect(events[7].id == "8")
        #expect(events[8].when == "20-30 мая 10.06.2021 21,")
        #expect(events.map(\.when).contains("Каждую неделю: среда, четверг, пятница ("))
        #expect(report.unplaced.count == 1)
        #expect(
            loaded.content.roadmaps[0].stages.map(\.title) == [
                "Организационный этап", "Этап реализации", "Аналитический этап"
            ])
        #expect(loaded.content.roadmaps[0].period == .year(2022))
        #expect(loaded.content.roadmaps[0].tasks.count == 5)
    }

    @Test(arguments: [
        (
            "001", "345", "2023-09-29", "Об утверждении муниципальной дорожной карты", "Е.А. Хаустова",
            "И.о. заведующего РОО"
        ),
        (
            "003", "04-06/06-2", "2022-02-28", "Об утверждении «Дорожной карты» муниципальных мероприятий",
            "Н.Н. Волкова", "Директор МУ «ИМЦ»"
        ),
        (
            "004", "376", "2021-03-19", "Об утверждении плана-графика (дорожной карты)", "И.Н. Морозов",
            "Директор департамента"
        )
    ])
    func ordersComeOutWithTheirRequisites(
        _ prefix: String, _ number: String, _ date: String, _ title: String,
        _ name: String, _ position: String
    ) throws {
        let (_, loaded) = try Self.importSeed(prefix)
        let order = try #require(loaded.content.orders.first)
        #expect(order.number == number)
        #expect(order.date?.iso == date)
        #expect(order.title.hasPrefix(title))
        #expect(order.signatory?.name == name)
        #expect(order.signatory?.position == position)
        #expect(order.body.contains("ПРИКАЗЫВАЮ:"))
        #expect(order.body.contains("Контроль"))
    }

    @Test func seed001YieldsItsThreeSchools() throws {
        let (report, loaded) = try Self.importSeed("001")
        #expect(report.schools == 3)
        let schools = loaded.content.schools
        #expect(schools.map(\.slug) == ["budennovskaya-sosh", "ganchukovskaya-oosh", "naumovskaya-oosh"])
        #expect(schools[0].responsible == Person(name: "Поважная Е.М.", position: "заместитель директора по УВР"))
        #expect(schools[0].curators.map(\.name) == ["Баланина С.В.", "Потачинская Н.И."])
        #expect(schools[1].methodists.map(\.name) == ["Антонова Т.Л."])
        #expect(schools[2].methodists.map(\.name) == ["Соснина Л.А."])
        #expect(loaded.content.orders[0].appendices.count == 3)
        #expect(loaded.content.roadmaps[0].period == .academicYear(startYear: 2023))
    }
}
