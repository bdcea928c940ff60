import Foundation
import KartaCore
import KartaTestSupport
import Testing
@testable import KartaSite

/// The output folder is karta's only when karta marked it, and nothing is written outside it.
struct SiteWriterTests {
    static let page = OutputFile(path: "schools/a/index.html", text: "<p>страница</p>\n")

    @Test func aFolderNamedLikeTheMarkerIsNotTheMarker() throws {
        let output = try ScratchFolder.make("out").path
        try FileManager.default.createDirectory(atPath: output + "/.karta", withIntermediateDirectories: true)
        try ScratchFolder.write("моё", to: output + "/notes.txt")
        #expect(throws: OutputError.notKartaOutput) { try SiteWriter.write([Self.page], to: output) }
        #expect(FileManager.default.fileExists(atPath: output + "/notes.txt"))
    }

    @Test func aMarkerWithOtherTextIsNotTheMarker() throws {
        let output = try ScratchFolder.make("out").path
        try ScratchFolder.write("мои заметки", to: output + "/.karta")
        try ScratchFolder.write("моё", to: output + "/notes.txt")
        #expect(throws: OutputError.notKartaOutput) { try SiteWriter.write([Self.page], to: output) }
        #expect(FileManager.default.fileExists(atPath: output + "/notes.txt"))
    }

    @Test func aNewFolderIsMarkedBeforeAnyPage() throws {
        let output = ScratchFolder.url("out").path
        let writer = try SiteWriter(root: output, paths: [Self.page.path])
        // Nothing written yet but the marker: a build that dies now can be repaired by the next.
        #expect(ScratchFolder.snapshot(output).keys.sorted() == [".karta"])
        _ = try writer.write(Self.page)
        #expect(throws: Never.self) { try SiteWriter(root: output, paths: [Self.page.path]) }
    }

    @Test func aLinkInsideTheOutputIsNotWrittenThrough() throws {
        let output = ScratchFolder.url("out").path
        _ = try SiteWriter.write([Self.page], to: output)
        let outside = try ScratchFolder.make("outside").path
        try FileManager.default.removeItem(atPath: output + "/schools")
        try FileManager.default.createSymbolicLink(atPath: output + "/schools", withDestinationPath: outside)
        #expect(throws: OutputError.linkInOutput("schools")) { try SiteWriter.write([Self.page], to: output) }
        #expect(ScratchFolder.snapshot(outside).isEmpty)
    }

    /// A new folder's files are written in place, but a changed file of a folder karta wrote
    /// before is replaced by a new one (another inode): a reader holding it reads the old page whole.
    @Test func aChangedFileIsReplacedWhole() throws {
        let output = ScratchFolder.url("out").path
        func inode(_ path: String) throws -> UInt64 {
            try #require(
                FileManager.default.attributesOfItem(atPath: output + "/" + path)[.systemFileNumber] as? UInt64)
        }
        _ = try SiteWriter.write([Self.page], to: output)
        let first = try inode(Self.page.path)
        let reader = try FileHandle(forReadingFrom: URL(fileURLWithPath: output + "/" + Self.page.path))
        defer { try? reader.close() }
        _ = try SiteWriter.write([OutputFile(path: Self.page.path, text: "<p>другая</p>\n")], to: output)
        #expect(try inode(Self.page.path) != first)
        #expect(String(decoding: try reader.readToEnd() ?? Data(), as: UTF8.self) == "<p>страница</p>\n")
        #expect(ScratchFolder.snapshot(output)[Self.page.path] == Data("<p>другая</p>\n".utf8))
    }

    @Test func theRootOfTheFileSystemIsNotKartas() {
        #expect(throws: OutputError.notKartaOutput) { try SiteWriter.write([Self.page], to: "/") }
    }
}
