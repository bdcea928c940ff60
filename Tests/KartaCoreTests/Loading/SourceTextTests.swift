import Testing
import KartaTestSupport
@testable import KartaCore

struct SourceTextTests {
    @Test func acceptsBOMAndCRLFSilently() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\nname: Школа\r\n---\r\nТекст\r\n".utf8)
        let text = try SourceText.decode(bytes, file: "a.md").get()
        #expect(text == "---\nname: Школа\n---\nТекст\n")
    }

    @Test func windows1251IsNamed() throws {
        // «---\nname: Школа» in Windows-1251.
        let bytes: [UInt8] = Array("---\nname: ".utf8) + [0xD8, 0xEA, 0xEE, 0xEB, 0xE0]
        let result = SourceText.decode(bytes, file: "a.md")
        guard case .failure(let diagnostic) = result else { Issue.record("decoded"); return }
        #expect(diagnostic.code == .notUTF8)
        #expect(diagnostic.message.contains("Windows-1251"))
        #expect(diagnostic.location == SourceLocation(file: "a.md", line: 2, column: 7))
    }

    @Test func koi8rIsNamed() {
        // «Школа» in KOI8-R: ы lowercase letters in C0–DF.
        let bytes: [UInt8] = [0xFB, 0xCB, 0xCF, 0xCC, 0xC1]
        guard case .failure(let diagnostic) = SourceText.decode(bytes, file: "a.md") else {
            Issue.record("decoded"); return
        }
        #expect(diagnostic.message.contains("KOI8-R"))
    }

    @Test func windows1251FileFailsCheckWithLocation() throws {
        let content = try ScratchFolder.content([:])
        try ScratchFolder.write(
            Data(Array("---\nname: ".utf8) + [0xD8, 0xEA, 0xEE, 0xEB, 0xE0, 10] + Array("---\n".utf8)),
            to: content.appendingPathComponent("schools/a.md"))
        let loaded = ContentLoader.load(from: content.path)
        #expect(loaded.diagnostics.all.map(\.code) == [.notUTF8])
    }
}

import Foundation
