import Foundation
import KartaTestSupport
import Testing

/// `karta build --docx`: a meeting's protocol as a Word document, opened by LibreOffice, with the
/// parts of the printed protocol in their order and its long list of those present as an appendix.
@Suite(.enabled(if: writerAvailable, "needs LibreOffice Writer, chromium and poppler-utils (make test installs them)"))
struct ProtocolDocxTests {
    @Test func aProtocolAsWordOpensInLibreOffice() throws {
        let folder = try ScratchFolder.make("protocol")
        try FileManager.default.copyItem(
            at: Karta.packageRoot.appendingPathComponent("content"), to: folder.appendingPathComponent("content"))
        // Twenty names: over fifteen, the protocol counts them and attaches the list.
        let names = (1...20).map { "  - Участник \($0)" }.joined(separator: "\n")
        let path = folder.appendingPathComponent("content/meetings/rabochaya-gruppa-2025-10.md").path
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let start = try #require(text.range(of: "attendees:\n"))
        let end = try #require(text.range(of: "invited:"))
        text.replaceSubrange(start.upperBound..<end.lowerBound, with: names + "\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let run = try Karta.run(["build", "--docx", "--quiet", "--output", "site"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        let meeting = folder.path + "/site/meetings/rabochaya-gruppa-2025-10"
        let page = try String(contentsOfFile: meeting + "/index.html", encoding: .utf8)
        #expect(page.contains("<a href=\"protocol.docx\" download>Протокол в формате Word"))
        #expect(page.contains("Присутствовали: 20\u{00A0}человек (список прилагается)"))

        let converted = try Command.soffice(["--convert-to", "pdf", "--outdir", folder.path, meeting + "/protocol.docx"]
        )
        #expect(converted.status == 0, "\(converted.stderr)")
        let pdf = try Command.run("pdftotext", ["-layout", folder.path + "/protocol.pdf", "-"]).stdout
        let flat = pdf.filter { !$0.isWhitespace }
        var rest = flat[...]
        for part in [
            "ПРОТОКОЛ", "15.10.2025", "№1", "пос.Примерный", "заседаниямуниципальнойрабочейгруппы",
            "Председатель–А.В.Смирнова", "Присутствовали:20человек(списокприлагается)", "Приглашённые:",
            "ПОВЕСТКАДНЯ:", "1.СЛУШАЛИ:", "ВЫСТУПИЛИ:", "РЕШИЛИ:", "1.1.Утвердитьграфик", "Срок–до31.10.2025",
            "2.СЛУШАЛИ:", "2.1.", "Председатель", "Секретарь", "Приложение", "кпротоколуот15.10.2025№1",
            "Списокприсутствовавших", "1.Участник1", "20.Участник20"
        ] {
            let found = try #require(rest.range(of: part), "«\(part)» not found in order in \(pdf)")
            rest = rest[found.upperBound...]
        }
    }
}
