import Foundation
import KartaCore
import KartaSite
import KartaTemplates
import KartaTestSupport

/// Builds fixture content with the repository's templates into temporary folders.
enum SiteFixture {
    static let testsRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsRoot.deletingLastPathComponent().deletingLastPathComponent()
    static let templates = packageRoot.appendingPathComponent("Templates").path

    /// A path for a build's output in a new scratch folder; nothing is made there yet.
    static func temporaryFolder(_ name: String = "out") -> String {
        ScratchFolder.url("site").appendingPathComponent(name).path
    }

    /// A writable copy of a fixture's content folder.
    static func copy(_ fixture: String) throws -> String {
        try ScratchFolder.copy(testsRoot.appendingPathComponent("Fixtures/\(fixture)/content"), as: "content").path
    }

    static func build(
        content: String, output: String, parallel: Bool = true, templates: String = templates,
        theme: any Theme = DefaultTheme()
    ) -> BuildResult {
        SiteBuilder.build(
            BuildOptions(
                content: content, templates: templates, output: output,
                today: LocalDate(year: 2026, month: 1, day: 1)!, parallel: parallel), theme: theme)
    }
}
