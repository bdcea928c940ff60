import Foundation
import KartaCore
import KartaTestSupport
import Testing
import KartaWord
@testable import KartaImport

/// LibreOffice converts a document without fetching what it links: an .odt whose picture is at
/// an address on this machine (as an attacker would point it inside the user's network).
@Suite(.serialized) struct OfficeConverterTests {
    /// An HTTP server on a free port that writes each path asked for to a file; prints its port.
    static let listener = """
        import http.server, sys
        class H(http.server.BaseHTTPRequestHandler):
            def answer(self):
                with open(sys.argv[1], "a") as f: f.write(self.path + "\\n")
                self.send_response(404); self.end_headers()
            do_GET = do_HEAD = do_PROPFIND = do_OPTIONS = answer
            def log_message(self, *a): pass
        s = http.server.HTTPServer(("127.0.0.1", 0), H)
        print(s.server_address[1], flush=True)
        s.serve_forever()
        """

    /// An .odt with one paragraph and a picture linked (not embedded) from the address.
    static let document = """
        import zipfile, sys
        ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
              'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
              'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
              'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
              'xmlns:xlink="http://www.w3.org/1999/xlink"')
        content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ns + ' office:version="1.2">'
            '<office:body><office:text><text:p>Дорожная карта</text:p><text:p>'
            '<draw:frame svg:width="2cm" svg:height="2cm" text:anchor-type="as-char"><draw:image xlink:href="'
            + sys.argv[2] + '" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
            '</text:p></office:text></office:body></office:document-content>')
        manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
        with zipfile.ZipFile(sys.argv[1], "w") as z:
            z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
            z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
            z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
        """

    /// The listener running, the document pointing at it, and the file of requests it got.
    static func setUp() throws -> (server: Process, document: String, hits: String)? {
        guard let soffice = OfficeConverter.find(), FileSystem.isExecutable(soffice.executable) else { return nil }
        let folder = try ScratchFolder.make("linked")
        let hits = folder.appendingPathComponent("hits.txt").path
        _ = FileManager.default.createFile(atPath: hits, contents: nil)
        let server = Process()
        server.executableURL = Command.python
        server.arguments = ["-c", listener, hits]
        let out = Pipe()
        server.standardOutput = out
        try server.run()
        let port = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let document = folder.appendingPathComponent("linked.odt").path
        let made = try Command.run("python3", ["-c", Self.document, document, "http://127.0.0.1:\(port)/picture.png"])
        #expect(made.status == 0, "\(made.stderr)")
        return (server, document, hits)
    }

    /// The document does make LibreOffice fetch the picture when it is not told otherwise: the
    /// tests below would pass for nothing if it did not.
    @Test func theLinkedPictureIsFetchedByAPlainConversion() throws {
        guard let (server, document, hits) = try Self.setUp() else { return }
        defer { server.stop() }
        let plain = try Command.soffice(
            ["--convert-to", "docx", "--outdir", (document as NSString).deletingLastPathComponent, document])
        #expect(plain.status == 0)
        #expect(try String(contentsOfFile: hits, encoding: .utf8).contains("/picture.png"))
    }

    /// karta's settings alone keep LibreOffice from the link (where the network cannot be taken
    /// away), and with the network taken away as well; the document converts either way.
    @Test(arguments: [false, true]) func karta(isolated: Bool) throws {
        guard let (server, document, hits) = try Self.setUp() else { return }
        defer { server.stop() }
        var converter = try #require(OfficeConverter.find())
        if !isolated { converter.isolation = [] }
        let text = converter.withConverted(document, kind: "документ OpenDocument (.odt)") { converted in
            (try? WordReader.read(path: converted))?.blocks.count ?? -1
        }
        #expect(try text.get() > 0)
        #expect(try String(contentsOfFile: hits, encoding: .utf8) == "")
    }
}
