import Foundation
import Testing
import KartaTestSupport

let writerAvailable =
    printingToolsAvailable && FileManager.default.fileExists(atPath: "/usr/lib/libreoffice/program/libswlo.so")

/// `karta build --docx`: the demo order as a Word document, opened by LibreOffice.
@Suite(.enabled(if: writerAvailable, "needs LibreOffice Writer, chromium and poppler-utils (make test installs them)"))
struct OrderDocxTests {
    static func pages(_ pdf: String) throws -> Int {
        let info = try Command.run("pdfinfo", [pdf]).stdout
        return Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "0") ?? 0
    }

    @Test func demoOrderAsWordOpensInLibreOfficeLikeThePrintedPage() throws {
        let output = ScratchFolder.url("docx").path
        let run = try Karta.run(["build", "--docx", "--pdf", "--quiet", "--output", output])
        #expect(run.status == 0, "\(run.stderr)")
        let folder = output + "/orders/prikaz-2025-118"
        let page = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        let size = try #require(FileManager.default.attributesOfItem(atPath: folder + "/order.docx")[.size] as? Int)
        #expect(
            page.contains(
                " · <a href=\"order.docx\" download>Приказ в формате Word <span class=\"file-info\">(DOCX, "
                    + "\(Int((Double(size) / 1024).rounded()))\u{00A0}КБ)</span></a>"
            ))

        let converted = try Command.soffice(["--convert-to", "pdf", "--outdir", output, folder + "/order.docx"])
        #expect(converted.status == 0, "\(converted.stderr)")
        let pdf = output + "/order.pdf"
        let info = try Command.run("pdfinfo", [pdf]).stdout
        #expect(info.contains("(A4)"), "\(info)")
        let wordPages = try Self.pages(pdf)
        let printedPages = try Self.pages(folder + "/order.pdf")
        #expect(abs(wordPages - printedPages) <= 1, "Word \(wordPages) pages, printed \(printedPages)")

        let text = try Command.run("pdftotext", ["-layout", pdf, "-"]).stdout
        for expected in [
            "ОТДЕЛ ОБРАЗОВАНИЯ", "ПРИКАЗ", "05.09.2025", "№ 118", "Об утверждении муниципальной дорожной карты",
            "В соответствии с приказом", "ПРИКАЗЫВАЮ:", "Контроль за исполнением приказа оставляю за собой.",
            "А.В. Смирнова", "Приказ подготовил:", "УТВЕРЖДЕНА", "3.7", "Закрепление кураторов"
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        // Each appendix opens its page with its mark.
        for number in 1...3 {
            let page = try #require(
                (1...wordPages).first { index in
                    let text =
                        (try? Command.run("pdftotext", ["-f", "\(index)", "-l", "\(index)", pdf, "-"]).stdout) ?? ""
                    return text.split(separator: "\n").prefix(3).contains { $0.contains("Приложение \(number)") }
                }, "appendix \(number)")
            #expect(page > 1)
        }
        // The first page has no number; the second is numbered at the top.
        let second = try Command.run("pdftotext", ["-f", "2", "-l", "2", pdf, "-"]).stdout
        #expect(second.split(separator: "\n").first?.trimmingCharacters(in: .whitespaces) == "2")
        let first = try Command.run("pdftotext", ["-f", "1", "-l", "1", pdf, "-"]).stdout
        #expect(first.split(separator: "\n").first?.trimmingCharacters(in: .whitespaces) != "1")
    }

    /// `roadmaps/<slug>/roadmap.docx`: the roadmap as its own document — its stamp, title and the
    /// document's columns on landscape A4 — linked with its format and size from the roadmap page
    /// and the report, and gone without --docx.
    @Test func demoRoadmapAsWordOpensInLibreOffice() throws {
        let output = ScratchFolder.url("docx").path
        #expect(try Karta.run(["build", "--docx", "--quiet", "--output", output]).status == 0)
        let folder = output + "/roadmaps/municipal-2025"
        let size = try #require(FileManager.default.attributesOfItem(atPath: folder + "/roadmap.docx")[.size] as? Int)
        let kilobytes = Int((Double(size) / 1024).rounded())
        let link =
            "<a href=\"roadmap.docx\" download>Дорожная карта в формате Word <span class=\"file-info\">(DOCX, \(kilobytes)\u{00A0}КБ)</span></a>"
        for page in ["index.html", "report.html"] {
            #expect(try String(contentsOfFile: folder + "/" + page, encoding: .utf8).contains(link), "\(page)")
        }
        let converted = try Command.soffice(["--convert-to", "pdf", "--outdir", output, folder + "/roadmap.docx"])
        #expect(converted.status == 0, "\(converted.stderr)")
        let info = try Command.run("pdfinfo", [output + "/roadmap.pdf"]).stdout
        #expect(info.contains("841.89 x 595.3"), "landscape A4: \(info)")
        let text = try Command.run("pdftotext", [output + "/roadmap.pdf", "-"]).stdout
        for expected in [
            "УТВЕРЖДЕНА", "приказом отдела образования", "от 05.09.2025 № 118",
            "Муниципальная дорожная карта по оказанию",
            "№ п/п", "Наименование мероприятия", "Сроки исполнения", "Ответственные", "Планируемый результат",
            "Организационный этап", "1.1", "3.7", "Информирование общественности"
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
        // The school section links its own roadmap's document, with its size.
        let own = output + "/roadmaps/berezovka-2025/roadmap.docx"
        let ownSize = try #require(FileManager.default.attributesOfItem(atPath: own)[.size] as? Int)
        let school = try String(contentsOfFile: output + "/schools/berezovka-sosh/index.html", encoding: .utf8)
        #expect(
            school.contains(
                "<a href=\"../../roadmaps/berezovka-2025/roadmap.docx\" download>Дорожная карта в формате Word <span class=\"file-info\">(DOCX, "
                    + "\(Int((Double(ownSize) / 1024).rounded()))\u{00A0}КБ)</span></a>"
            ))

        #expect(try Karta.run(["build", "--quiet", "--output", output]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder + "/roadmap.docx"))
        #expect(
            !(try String(contentsOfFile: output + "/schools/berezovka-sosh/index.html", encoding: .utf8)).contains(
                "roadmap.docx"))
        #expect(!(try String(contentsOfFile: folder + "/index.html", encoding: .utf8)).contains("roadmap.docx"))
    }

    /// `roadmaps/<slug>/report.docx`: the report «по состоянию на» as an editable document with the
    /// sections of the printed one and the state of each measure, linked from the roadmap page and
    /// the report with its format and size.
    @Test func demoReportAsWordOpensInLibreOffice() throws {
        let output = ScratchFolder.url("docx").path
        #expect(try Karta.run(["build", "--docx", "--quiet", "--output", output]).status == 0)
        let folder = output + "/roadmaps/municipal-2025"
        let size = try #require(FileManager.default.attributesOfItem(atPath: folder + "/report.docx")[.size] as? Int)
        let link =
            "<a href=\"report.docx\" download>Отчёт в формате Word <span class=\"file-info\">(DOCX, "
            + "\(Int((Double(size) / 1024).rounded()))\u{00A0}КБ)</span></a>"
        for page in ["index.html", "report.html"] {
            #expect(try String(contentsOfFile: folder + "/" + page, encoding: .utf8).contains(link), "\(page)")
        }
        let converted = try Command.soffice(["--convert-to", "pdf", "--outdir", output, folder + "/report.docx"])
        #expect(converted.status == 0, "\(converted.stderr)")
        let info = try Command.run("pdfinfo", [output + "/report.pdf"]).stdout
        #expect(info.contains("841.89 x 595.3"), "landscape A4: \(info)")
        let text = try Command.run("pdftotext", [output + "/report.pdf", "-"]).stdout
        for expected in [
            "Отчёт о реализации дорожной карты «Муниципальная дорожная карта", "по состоянию на 02.02.2026",
            "Сводка", "Всего мероприятий: 32. Выполнено 8 из 31", "По этапам", "Организационный этап",
            "Просроченные мероприятия", "Размещение раздела", "Мероприятия", "Статус", "выполнено", "просрочено",
            "3.7", "Н.И. Петренко", "Дата: 02.02.2026"
        ] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test func wordDocumentIsDeterministicAndOnlyWrittenWhenAsked() throws {
        let one = ScratchFolder.url("docx").path, two = ScratchFolder.url("docx").path
        for output in [one, two] {
            #expect(try Karta.run(["build", "--docx", "--quiet", "--output", output]).status == 0)
        }
        let path = "/orders/prikaz-2025-118/order.docx"
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: one + path)) == Data(contentsOf: URL(fileURLWithPath: two + path))
        )
        // Without --docx the document is removed as stale and the page no longer links it.
        #expect(try Karta.run(["build", "--quiet", "--output", one]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: one + path))
        #expect(
            try !String(contentsOfFile: one + "/orders/prikaz-2025-118/index.html", encoding: .utf8).contains(
                "order.docx"))
    }
}
