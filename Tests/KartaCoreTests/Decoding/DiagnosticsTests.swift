import Testing
@testable import KartaCore

/// Each planted problem is reported at its exact `file:line:column` with its kind.
struct DiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let text: String
        let line: Int
        let column: Int
        let code: String
        let severity: Severity
        var testDescription: String { name }
    }

    static let roadmapHead = """
    ---
    title: Карта
    level: municipal
    period:
      year: 2022

    """

    static let cases: [Case] = [
        Case(name: "broken YAML", file: "roadmaps/a.md",
             text: "---\ntitle: Карта\nlevel: [municipal\n---\n", line: 4, column: 1,
             code: "broken-yaml", severity: .error),
        Case(name: "front matter not closed", file: "roadmaps/a.md",
             text: "---\ntitle: Карта\n", line: 1, column: 1, code: "front-matter-not-closed", severity: .error),
        Case(name: "front matter missing", file: "schools/a.md",
             text: "# Школа\n", line: 1, column: 1, code: "front-matter-missing", severity: .error),
        Case(name: "list where text is expected", file: "roadmaps/a.md",
             text: "---\ntitle:\n  - один\n  - два\nlevel: municipal\nperiod: {year: 2022}\n---\n",
             line: 3, column: 3, code: "wrong-type", severity: .error),
        Case(name: "missing required field", file: "schools/a.md",
             text: "---\nshort_name: Школа\n---\n", line: 2, column: 1, code: "missing-field", severity: .error),
        Case(name: "unknown key", file: "roadmaps/a.md",
             text: roadmapHead + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        responsibel: Кто-то\n---\n",
             line: 10, column: 9, code: "unknown-key", severity: .warning),
        Case(name: "invalid date", file: "roadmaps/a.md",
             text: roadmapHead + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        done: 2022-02-30\n---\n",
             line: 10, column: 15, code: "invalid-date", severity: .error),
        Case(name: "unknown status", file: "roadmaps/a.md",
             text: roadmapHead + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        status: finished\n---\n",
             line: 10, column: 17, code: "invalid-value", severity: .error),
        Case(name: "unknown level", file: "roadmaps/a.md",
             text: "---\ntitle: Карта\nlevel: federal\nperiod: {year: 2022}\n---\n",
             line: 3, column: 8, code: "invalid-value", severity: .error),
        Case(name: "duplicate event id", file: "roadmaps/a.md",
             text: roadmapHead + "stages:\n  - title: Этап\n    events:\n      - id: \"1.1\"\n        title: А\n      - id: \"1.1\"\n        title: Б\n---\n",
             line: 11, column: 9, code: "duplicate-event-id", severity: .error),
        Case(name: "reference to a missing school", file: "roadmaps/a.md",
             text: roadmapHead + "schools: [nowhere]\n---\n", line: 6, column: 11,
             code: "unknown-reference", severity: .error),
        Case(name: "reference to a missing order", file: "roadmaps/a.md",
             text: roadmapHead + "approved_by: prikaz-1\n---\n", line: 6, column: 14,
             code: "unknown-reference", severity: .error),
        Case(name: "slug not lowercase latin", file: "schools/Школа_1.md",
             text: "---\nname: Школа\n---\n", line: 1, column: 1, code: "invalid-slug", severity: .error),
        Case(name: "explicit slug invalid", file: "schools/a.md",
             text: "---\nname: Школа\nslug: My School\n---\n", line: 3, column: 7, code: "invalid-slug", severity: .error),
        Case(name: "href escapes the site", file: "schools/a.md",
             text: "---\nname: Школа\ndocuments:\n  - title: Док\n    href: ../../etc/passwd\n---\n",
             line: 5, column: 11, code: "unsafe-path", severity: .error),
        Case(name: "javascript href", file: "schools/a.md",
             text: "---\nname: Школа\ndocuments:\n  - title: Док\n    href: javascript:alert(1)\n---\n",
             line: 5, column: 11, code: "unsafe-path", severity: .error),
        Case(name: "attachment missing", file: "schools/a.md",
             text: "---\nname: Школа\ndocuments:\n  - title: Док\n    href: files/none.pdf\n---\n",
             line: 5, column: 11, code: "missing-file", severity: .warning),
        Case(name: "duplicate key", file: "schools/a.md",
             text: "---\nname: Школа\nname: Другая\n---\n", line: 3, column: 1, code: "broken-yaml", severity: .error),
        Case(name: "invalid academic year", file: "roadmaps/a.md",
             text: "---\ntitle: Карта\nlevel: school\nperiod:\n  academic_year: 2023-2025\n---\n",
             line: 5, column: 18, code: "invalid-period", severity: .error),
    ]

    @Test(arguments: cases)
    func reportsProblemAtItsLocation(_ testCase: Case) throws {
        let content = try TemporaryContent([testCase.file: testCase.text])
        let loaded = ContentLoader.load(from: content.root)
        let expected = SourceLocation(file: content.path(testCase.file), line: testCase.line, column: testCase.column)
        let match = loaded.diagnostics.all.first { $0.code == testCase.code }
        #expect(match?.location == expected, "\(loaded.diagnostics.all)")
        #expect(match?.severity == testCase.severity)
    }

    @Test func unknownKeySuggestsNearestKnownKey() throws {
        let content = try TemporaryContent(["roadmaps/a.md": Self.roadmapHead
            + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        responsibel: Кто-то\n---\n"])
        let diagnostic = try #require(ContentLoader.load(from: content.root).diagnostics.all.first)
        #expect(diagnostic.message == "неизвестное поле «responsibel»; возможно, имелось в виду «responsible»")
    }

    @Test func unknownValueListsAllowedValues() throws {
        let content = try TemporaryContent(["roadmaps/a.md": "---\ntitle: Карта\nlevel: federal\nperiod: {year: 2022}\n---\n"])
        let diagnostic = try #require(ContentLoader.load(from: content.root).diagnostics.all.first)
        #expect(diagnostic.message == "поле «level»: недопустимое значение «federal»; допустимые: regional, municipal, school")
    }

    @Test func duplicateSlugsAreReported() throws {
        let content = try TemporaryContent([
            "schools/a.md": "---\nname: А\nslug: shkola\n---\n",
            "schools/b.md": "---\nname: Б\nslug: shkola\n---\n",
        ])
        let diagnostics = ContentLoader.load(from: content.root).diagnostics.all
        #expect(diagnostics.map(\.code) == ["duplicate-slug"])
        #expect(diagnostics.first?.location.file == content.path("schools/b.md"))
    }

    @Test func everyProblemOfARunIsReported() throws {
        let content = try TemporaryContent([
            "schools/a.md": "---\nname: [А]\njoined: давно\n---\n",
            "schools/b.md": "---\nname: Б\nroadmaps: [nope]\ncolor: red\n---\n",
            "orders/c.md": "---\ntitle: Об\n",
        ])
        let loaded = ContentLoader.load(from: content.root)
        #expect(Set(loaded.diagnostics.all.map(\.code))
            == ["wrong-type", "invalid-number", "unknown-reference", "unknown-key", "front-matter-not-closed"])
        #expect(loaded.diagnostics.errorCount == 4)
        #expect(loaded.diagnostics.warningCount == 1)
        #expect(loaded.fileCount == 4)
    }

    @Test func formatsLikeACompilerWithCaret() throws {
        let content = try TemporaryContent(["roadmaps/a.md": "---\ntitle: Карта\nlevel: federal\nperiod: {year: 2022}\n---\n"])
        let loaded = ContentLoader.load(from: content.root)
        #expect(loaded.formattedDiagnostics() == """
        \(content.path("roadmaps/a.md")):3:8: ошибка: поле «level»: недопустимое значение «federal»; допустимые: regional, municipal, school
        level: federal
               ^
        """)
    }
}

/// `karta check` warns about terms it cannot place, at the `when` line.
struct TermWarningTests {
    @Test func unknownAndOutOfPeriodTerms() throws {
        let content = try TemporaryContent(["roadmaps/a.md": """
        ---
        title: Карта
        level: municipal
        period: {year: 2022}
        stages:
          - title: Этап
            events:
              - title: А
                when: после экзаменов
              - title: Б
                when: май 2023
              - title: В
                when: на постоянной основе с сентября 2020
        ---
        """])
        let diagnostics = ContentLoader.load(from: content.root).diagnostics.sorted
        #expect(diagnostics.map(\.code) == ["unknown-term", "term-outside-period"])
        #expect(diagnostics.map(\.location.line) == [9, 11])
        #expect(diagnostics.map(\.location.column) == [15, 15])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }
}
