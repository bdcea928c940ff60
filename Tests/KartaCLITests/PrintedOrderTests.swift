import Foundation
import Testing
import KartaTestSupport

/// Prints the demo order with Chromium and reads the PDF back with poppler-utils.
/// Chromium and poppler-utils are installed by `make test`; without them these tests are skipped.
let printingToolsAvailable = ["chromium", "pdfinfo", "pdftotext"].allSatisfy { tool in
    ["/usr/bin", "/usr/local/bin", "/bin"].contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
}

@Suite(.enabled(if: printingToolsAvailable, "needs chromium and poppler-utils (make test installs them)"))
struct PrintedOrderTests {
    static func tool(_ name: String, _ arguments: [String]) throws -> String {
        try Command.run(name, arguments).stdout
    }

    /// The protocol on A4, its parts in the order ГОСТ Р 7.0.97 sets, the screen-only control of
    /// earlier decisions and the states of decisions left off the paper.
    static func checkProtocol(_ pdf: String) throws {
        let info = try Self.tool("pdfinfo", [pdf])
        #expect(info.contains("(A4)"), "\(info)")
        #expect(info.contains("Tagged:          yes"), "\(info)")
        // pdftotext spaces letters as it likes («П Р О Т О КОЛ», «№2»): compared without spaces.
        let text = try Self.tool("pdftotext", ["-layout", pdf, "-"]).filter { !$0.isWhitespace }
        let parts = [
            "Отдел образования", "ПРОТОКОЛ", "20.01.2026", "№ 2", "пос. Примерный", "заседания муниципальной",
            "Председатель – А.В. Смирнова", "Секретарь – Н.И. Петренко", "Присутствовали:", "ПОВЕСТКА ДНЯ:",
            "1. СЛУШАЛИ:", "РЕШИЛИ:", "1.1.", "Срок – до 30.01.2026", "2. СЛУШАЛИ:", "ВЫСТУПИЛИ:", "2.2.",
            "Председатель", "Секретарь"
        ].map { $0.filter { !$0.isWhitespace } }
        // Each part after the one before it.
        var rest = text[...]
        for part in parts {
            let found = try #require(rest.range(of: part), "«\(part)» not found in order in \(text)")
            rest = rest[found.upperBound...]
        }
        for screenOnly in ["просрочено", "Контроль исполнения", "запланировано"] {
            #expect(!text.contains(screenOnly), "«\(screenOnly)» printed")
        }
    }

    @Test func demoOrderPrintsOnA4WithEachAppendixOnItsOwnPage() throws {
        let output = ScratchFolder.url("pdf").path
        let run = try Karta.run(["build", "--pdf", "--quiet", "--output", output])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("PDF: 7"))
        try Self.checkProtocol(output + "/meetings/rabochaya-gruppa-2026-01/protocol.pdf")
        let pdf = output + "/orders/prikaz-2025-118/order.pdf"
        let info = try Self.tool("pdfinfo", [pdf])
        #expect(info.contains("Page size:       594.96 x 841.92 pts (A4)"), "\(info)")
        let pageCount =
            Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
        #expect(pageCount >= 4)

        let pages = try (1...pageCount).map {
            try Self.tool("pdftotext", ["-f", "\($0)", "-l", "\($0)", "-layout", pdf, "-"])
        }
        let first = pages[0]
        let requisites = [
            "ОТДЕЛ ОБРАЗОВАНИЯ", "ПРИКАЗ", "05.09.2025", "№ 118", "пос. Примерный", "Об утверждении",
            "В соответствии", "ПРИКАЗЫВАЮ:", "Контроль за исполнением", "Начальник отдела образования",
            "А.В. Смирнова", "Приказ подготовил:"
        ]
        let positions = requisites.map { first.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(first)")
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted(), "requisites out of order")
        #expect(!first.contains("Приложение"))

        for number in 1...3 {
            let page = try #require(
                pages.firstIndex { $0.contains("Приложение \(number)\n") || $0.contains("Приложение \(number) ") })
            let lines = pages[page].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            #expect(
                lines.prefix(3).contains("Приложение \(number)"),
                "appendix \(number) must open its page: \(lines.prefix(4))")
            #expect(pages[page].contains("к приказу отдела образования"))
            #expect(pages[page].contains("от 05.09.2025 № 118"))
        }
        #expect(pages[1].contains("Муниципальная дорожная карта"))
        #expect(pages.joined().contains("3.7"))

        let again = try Self.tool("pdftotext", [pdf, "-"])
        let rebuilt = ScratchFolder.url("pdf").path
        _ = try Karta.run(["build", "--pdf", "--quiet", "--output", rebuilt])
        #expect(try Self.tool("pdftotext", [rebuilt + "/orders/prikaz-2025-118/order.pdf", "-"]) == again)
    }

    @Test func reportPrintsWithItsDate() throws {
        let output = ScratchFolder.url("pdf").path
        _ = try Karta.run(["build", "--pdf", "--quiet", "--output", output])
        let text = try Self.tool("pdftotext", [output + "/roadmaps/municipal-2025/report.pdf", "-"])
        #expect(text.contains("по состоянию на 02.02.2026"))
        #expect(text.contains("Просроченные мероприятия"))
    }

    /// `--pdf` prints each roadmap as its own document (stamp, title, table; landscape when wide)
    /// beside its report; every PDF is tagged, its text searchable; the pages link each PDF with its
    /// format and size, after it is printed (order № 1493, п. 4 and 23–24).
    @Test func roadmapsPrintAsDocumentsAndPagesLinkEachPDFWithItsSize() throws {
        let output = ScratchFolder.url("pdf").path
        let run = try Karta.run(["build", "--pdf", "--quiet", "--output", output])
        #expect(run.status == 0, "\(run.stderr)")
        let roadmap = output + "/roadmaps/municipal-2025/roadmap.pdf"
        let info = try Self.tool("pdfinfo", [roadmap])
        #expect(info.contains("Page size:       841.92 x 594.96 pts (A4)"), "\(info)")
        let text = try Self.tool("pdftotext", [roadmap, "-"])
        for expected in ["УТВЕРЖДЕНА", "приказом отдела образования", "Муниципальная дорожная карта", "3.7"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(!text.contains("в формате PDF") && !text.contains("Обновлено"), "screen-only links are not printed")
        for pdf in [
            "orders/prikaz-2025-118/order.pdf", "roadmaps/municipal-2025/report.pdf",
            "roadmaps/berezovka-2025/roadmap.pdf", "roadmaps/municipal-2025/roadmap.pdf"
        ] {
            #expect(try Self.tool("pdfinfo", [output + "/" + pdf]).contains("Tagged:          yes"), "\(pdf)")
        }

        func link(_ page: String, _ href: String, _ pdf: String, _ name: String) throws {
            let size = try #require(FileManager.default.attributesOfItem(atPath: output + "/" + pdf)[.size] as? Int)
            let html = try String(contentsOfFile: output + "/" + page, encoding: .utf8)
            let kilobytes = Int((Double(size) / 1024).rounded())
            #expect(
                html.contains(
                    "<a href=\"\(href)\" download>\(name) <span class=\"file-info\">(PDF, \(kilobytes)\u{00A0}КБ)</span></a>"
                ),
                "\(page) → \(pdf)")
        }
        try link(
            "roadmaps/municipal-2025/index.html", "roadmap.pdf", "roadmaps/municipal-2025/roadmap.pdf",
            "Дорожная карта в формате PDF")
        try link(
            "roadmaps/municipal-2025/index.html", "report.pdf", "roadmaps/municipal-2025/report.pdf",
            "Отчёт в формате PDF")
        try link(
            "roadmaps/municipal-2025/report.html", "report.pdf", "roadmaps/municipal-2025/report.pdf",
            "Отчёт в формате PDF")
        try link(
            "roadmaps/municipal-2025/document.html", "roadmap.pdf", "roadmaps/municipal-2025/roadmap.pdf",
            "Дорожная карта в формате PDF")
        try link(
            "orders/prikaz-2025-118/index.html", "order.pdf", "orders/prikaz-2025-118/order.pdf",
            "Приказ в формате PDF")
        try link(
            "schools/berezovka-sosh/index.html", "../../roadmaps/berezovka-2025/roadmap.pdf",
            "roadmaps/berezovka-2025/roadmap.pdf", "Дорожная карта в формате PDF")

        // A build without --pdf takes the PDFs and their links away again.
        _ = try Karta.run(["build", "--quiet", "--output", output])
        #expect(!FileManager.default.fileExists(atPath: roadmap))
        #expect(
            !(try String(contentsOfFile: output + "/roadmaps/municipal-2025/index.html", encoding: .utf8))
                .contains("в формате PDF"))
    }
}
