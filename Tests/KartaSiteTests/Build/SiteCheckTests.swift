import Foundation
import KartaCore
@testable import KartaSite
import Testing

/// `karta check` renders every page in memory and reports names the templates ask for that no page has.
struct SiteCheckTests {
    static let asOf = LocalDate(year: 2026, month: 1, day: 1)!

    @Test func repositoryTemplatesAskOnlyForNamesThePagesHave() {
        let check = SiteCheck.run(content: SiteBuilderTests.mini, templates: SiteFixture.templates, asOf: Self.asOf)
        #expect(check.diagnostics.all.isEmpty, "\(check.formattedDiagnostics())")
        #expect(check.summary == "Проверено файлов: \(check.loaded.fileCount), шаблонов: 14, ошибок: 0, предупреждений: 0")
    }

    @Test func misspeltNameIsAWarningWhereItStands() throws {
        let templates = try TemplateErrorTests.copyOfTemplates()
        try Self.replace("{{title}}", with: "{{titel}}", in: templates + "/roadmap.mustache")
        try Self.replace("{{percent}}%", with: "{{ procent }}%", in: templates + "/partials/progress.mustache")
        let check = SiteCheck.run(content: SiteBuilderTests.mini, templates: templates, asOf: Self.asOf)
        #expect(check.succeeded)
        #expect(check.diagnostics.all.map(\.severity) == [.warning, .warning])
        #expect(check.diagnostics.all.map(\.location) == [
            SourceLocation(file: templates + "/partials/progress.mustache", line: 3, column: 66),
            SourceLocation(file: templates + "/roadmap.mustache", line: 5, column: 5),
        ])
        #expect(check.diagnostics.all.map(\.message) == [
            "нет значения «procent» — на странице здесь будет пусто; может быть, «percent»?",
            "нет значения «titel» — на странице здесь будет пусто; может быть, «title»?",
        ])
        #expect(check.formattedDiagnostics().hasSuffix(": предупреждение: нет значения «titel» — на странице здесь будет пусто; может быть, «title»?\n<h1>{{titel}}</h1>\n    ^"))
    }

    @Test func aBuildDoesNotTraceNames() throws {
        let templates = try TemplateErrorTests.copyOfTemplates()
        try Self.replace("{{title}}", with: "{{titel}}", in: templates + "/roadmap.mustache")
        let result = SiteBuilder.build(BuildOptions(content: SiteBuilderTests.mini, templates: templates,
                                                    output: SiteFixture.temporaryFolder(), today: Self.asOf))
        #expect(result.succeeded)
        #expect(result.diagnostics.all.isEmpty)
    }

    static func replace(_ old: String, with new: String, in path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
    }
}
