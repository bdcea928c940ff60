import Foundation
import KartaCore
import KartaSite
import KartaTemplates
import KartaTestSupport
import Testing
@testable import KartaServe

struct PreviewSessionTests {
    static let school = "---\nname: МБОУ «Сосновская СОШ»\nshort_name: Сосновская СОШ\n---\n"

    /// Each build reports the content files that changed since the one before; a broken file fails
    /// the build and leaves the pages of the last good one; fixing it builds again.
    @Test func eachBuildNamesWhatChangedAndABrokenOneKeepsThePages() throws {
        let content = try ScratchFolder.content(["schools/sosnovka.md": Self.school])
        let output = ScratchFolder.url("preview").path
        let session = PreviewSession(
            options: BuildOptions(
                content: content.path, output: output, today: LocalDate(year: 2026, month: 1, day: 1)!),
            theme: DefaultTheme())
        let page = output + "/schools/sosnovka/index.html"

        let first = session.build()
        #expect(!first.result.diagnostics.hasErrors)
        #expect(first.changed.isEmpty)
        let written = try String(contentsOfFile: page, encoding: .utf8)
        #expect(written.contains("Сосновская СОШ"))

        try ScratchFolder.write(
            Self.school.replacingOccurrences(of: "Сосновская СОШ", with: "Сосновка"),
            to: content.path + "/schools/sosnovka.md")
        let edited = session.build()
        #expect(edited.changed == ["schools/sosnovka.md"])
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Сосновка"))

        try ScratchFolder.write("---\nname: [\n---\n", to: content.path + "/schools/sosnovka.md")
        let broken = session.build()
        #expect(broken.result.diagnostics.hasErrors)
        #expect(try String(contentsOfFile: page, encoding: .utf8).contains("Сосновка"))

        try ScratchFolder.write(Self.school, to: content.path + "/schools/sosnovka.md")
        let fixed = session.build()
        #expect(!fixed.result.diagnostics.hasErrors)
        #expect(fixed.changed == ["schools/sosnovka.md"])
        #expect(try String(contentsOfFile: page, encoding: .utf8) == written)
    }
}
