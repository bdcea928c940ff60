import FlyingFox
import Foundation
import KartaTestSupport
import Testing
@testable import KartaServe

struct PreviewServerTests {
    /// A folder karta did not build is not served, whatever it holds (`karta serve --output /etc`:
    /// the build refuses the folder, and the server must not show it either).
    @Test func onlyAFolderKartaBuiltIsServed() throws {
        let folder = try ScratchFolder.make("foreign", files: ["passwd": "root:x:0:0", "index.html": "<p>чужое</p>"])
        let refused = PreviewServer.respond(to: "/passwd", output: folder.path)
        #expect(refused.statusCode == .notFound)
        #expect(PreviewServer.respond(to: "/", output: folder.path).statusCode == .notFound)
        try ScratchFolder.write("Эта папка создана karta\n", to: folder.path + "/.karta")
        #expect(PreviewServer.respond(to: "/passwd", output: folder.path).statusCode == .ok)
        #expect(PreviewServer.respond(to: "/.karta", output: folder.path).statusCode == .notFound)
    }
}
