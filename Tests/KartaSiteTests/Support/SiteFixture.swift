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

    static func temporaryFolder(_ name: String = "out") -> String {
        ScratchFolder.url("site").appendingPathComponent(name).path
    }

    /// A writable copy of a fixture's content folder.
    static func copy(_ fixture: String) throws -> String {
        let target = temporaryFolder("content")
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: testsRoot.appendingPathComponent("Fixtures/\(fixture)/content").path, toPath: target)
        return target
    }

    static func build(content: String, output: String, parallel: Bool = true, templates: String = templates,
                      theme: any Theme = DefaultTheme()) -> BuildResult {
        SiteBuilder.build(BuildOptions(content: content, templates: templates, output: output,
                                       today: LocalDate(year: 2026, month: 1, day: 1)!, parallel: parallel), theme: theme)
    }

    /// Every file under a folder with its bytes, by relative path.
    static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[relative] = FileManager.default.contents(atPath: folder + "/" + relative) }
        }
        return result
    }
}
