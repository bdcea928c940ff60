import Foundation
@testable import KartaSite
import KartaTestSupport
import Testing

/// A link to a published file says its format and size; a file replaced by a larger one changes
/// the pages that link it on the next build, as a build from scratch would show them.
struct AttachmentSizeTests {
    @Test func linksShowFormatAndSizeAndFollowAReplacedFile() throws {
        let content = try SiteFixture.copy("mini")
        let output = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: output).succeeded)
        let size = try #require(FileManager.default.attributesOfItem(atPath: content + "/files/doc.pdf")[.size] as? Int)
        let page = try String(contentsOfFile: output + "/schools/shkola-1/index.html", encoding: .utf8)
        let fragment = try String(contentsOfFile: output + "/schools/shkola-1/fragment.html", encoding: .utf8)
        for html in [page, fragment] {
            #expect(html.contains("doc.pdf\">"), "\(html)")
            #expect(html.contains("<span class=\"file-info\">(PDF, \(Format.fileSize(size)))</span></a>"))
        }

        try Data(repeating: 0x25, count: 3 * 1024).write(to: URL(fileURLWithPath: content + "/files/doc.pdf"))
        let again = SiteFixture.build(content: content, output: output)
        #expect(again.succeeded)
        let updated = try String(contentsOfFile: output + "/schools/shkola-1/index.html", encoding: .utf8)
        #expect(updated.contains("<span class=\"file-info\">(PDF, 3\u{00A0}КБ)</span></a>"))
        let fresh = SiteFixture.temporaryFolder()
        #expect(SiteFixture.build(content: content, output: fresh).succeeded)
        #expect(ScratchFolder.snapshot(output) == ScratchFolder.snapshot(fresh))
    }
}

/// A document's signed copy is linked beside it with its format and size: a scan as «Подписанная
/// копия», a detached signature as «Электронная подпись».
struct SignedCopyTests {
    @Test func theDemoLinksItsSignedCopies() throws {
        let output = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("output").path
        let school = try String(contentsOfFile: output + "/schools/berezovka-sosh/index.html", encoding: .utf8)
        let fragment = try String(contentsOfFile: output + "/schools/berezovka-sosh/fragment.html", encoding: .utf8)
        let order = try String(contentsOfFile: output + "/orders/prikaz-2025-118/index.html", encoding: .utf8)
        for html in [school, fragment] {
            #expect(
                html.contains(
                    "Приказ об участии в проекте «500+» <span class=\"file-info\">(PDF, 599\u{00A0}байт)</span></a> <span class=\"meta\">от "
                        + "10.09.2025</span> · <a class=\"signed\" href=\""
                ))
            #expect(
                html.contains(
                    "files/berezovka/prikaz-uchastie-podpisan.pdf\">Подписанная копия <span class=\"file-info\">(PDF, 599\u{00A0}байт)</span></a>"
                ))
        }
        #expect(
            order.contains(
                "<a class=\"signed\" href=\"../../files/prikaz-118.sig\">Электронная подпись <span class=\"file-info\">(SIG, "
                    + "100\u{00A0}байт)</span></a>"
            ))
    }
}
