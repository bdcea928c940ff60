import Foundation
import KartaTestSupport
import Testing
@testable import KartaCore

/// `content/files/` is published as it is, except what could run script as the site or bring in
/// a file from elsewhere.
struct AttachmentsTests {
    @Test func pagesScriptsAndLinksAreNotPublished() throws {
        let content = try ScratchFolder.content([
            "files/plan.pdf": "%PDF-1.4",
            "files/sub/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg'><rect/></svg>",
            "files/evil.svg": "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
            "files/index.html": "<script>alert(1)</script>",
            "files/app.JS": "alert(1)",
            "files/.hidden": "x",
            // An editor's own files beside a document: Word's owner file, a backup.
            "files/~$plan.docx": "x",
            "files/plan.docx~": "x"
        ])
        try FileManager.default.createSymbolicLink(
            atPath: content.path + "/files/passwd", withDestinationPath: "/etc/passwd")
        var diagnostics = Diagnostics()
        let published = Attachments.scan(contentDirectory: content.path, into: &diagnostics)
        #expect(
            published == [Attachment(path: "files/plan.pdf", size: 8), Attachment(path: "files/sub/logo.svg", size: 53)]
        )
        #expect(
            diagnostics.sorted.map { ($0.location.file as NSString).lastPathComponent } == [
                "app.JS", "evil.svg", "index.html", "passwd"
            ])
        #expect(diagnostics.all.allSatisfy { $0.code == .attachmentRefused && $0.severity == .warning })
    }

    @Test func aContentFileThatIsALinkIsNotRead() throws {
        let content = try ScratchFolder.content([:])
        try FileManager.default.createDirectory(atPath: content.path + "/schools", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: content.path + "/schools/a.md", withDestinationPath: "/etc/passwd")
        let loaded = ContentLoader.load(from: content.path)
        #expect(loaded.diagnostics.all.map(\.code) == [.unreadable])
        #expect(loaded.formattedDiagnostics().contains("root:") == false)
    }
}
