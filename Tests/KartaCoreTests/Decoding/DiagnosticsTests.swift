import Testing
import KartaTestSupport
@testable import KartaCore

/// Each planted problem is reported at its exact `file:line:column` with its kind; `1️⃣` marks the
/// place in the text (see `MarkedText`).
struct DiagnosticsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let text: MarkedText
        let code: DiagnosticCode
        let severity: Severity
        var testDescription: String { name }

        init(name: String, file: String, text: String, code: DiagnosticCode, severity: Severity) {
            self.name = name
            self.file = file
            self.text = MarkedText(text)
            self.code = code
            self.severity = severity
        }

        /// `Case("name", "text", "code")`, for long tables.
        init(
            _ name: String, file: String = "roadmaps/a.md", _ text: String, _ code: DiagnosticCode,
            _ severity: Severity = .error
        ) {
            self.init(name: name, file: file, text: text, code: code, severity: severity)
        }
    }

    static let roadmapHead = """
        ---
        title: Карта
        level: municipal
        period:
          year: 2022

        """

    static let cases: [Case] = [
        Case(
            name: "broken YAML", file: "roadmaps/a.md",
            text: "---\ntitle: Карта\nlevel: [municipal\n1️⃣---\n", code: .brokenYAML, severity: .error),
        Case(
            name: "front matter not closed", file: "roadmaps/a.md",
            text: "1️⃣---\ntitle: Карта\n", code: .frontMatterNotClosed, severity: .error),
        Case(
            name: "front matter missing", file: "schools/a.md",
            text: "1️⃣# Школа\n", code: .frontMatterMissing, severity: .error),
        Case(
            name: "list where text is expected", file: "roadmaps/a.md",
            text: "---\ntitle:\n  1️⃣- один\n  - два\nlevel: municipal\nperiod: {year: 2022}\n---\n",
            code: .wrongType, severity: .error),
        Case(
            name: "missing required field", file: "schools/a.md",
            text: "---\n1️⃣short_name: Школа\n---\n", code: .missingField, severity: .error),
        Case(
            name: "unknown key", file: "roadmaps/a.md",
            text: roadmapHead
                + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        1️⃣responsibel: Кто-то\n---\n",
            code: .unknownKey, severity: .warning),
        Case(
            name: "invalid date", file: "roadmaps/a.md",
            text: roadmapHead
                + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        done: 1️⃣2022-02-30\n---\n",
            code: .invalidDate, severity: .error),
        Case(
            name: "unknown status", file: "roadmaps/a.md",
            text: roadmapHead
                + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        status: 1️⃣finished\n---\n",
            code: .invalidValue, severity: .error),
        Case(
            name: "unknown level", file: "roadmaps/a.md",
            text: "---\ntitle: Карта\nlevel: 1️⃣federal\nperiod: {year: 2022}\n---\n", code: .invalidValue,
            severity: .error),
        Case(
            name: "duplicate event id", file: "roadmaps/a.md",
            text: roadmapHead
                + "stages:\n  - title: Этап\n    events:\n      - id: \"1.1\"\n        title: А\n      - 1️⃣id: \"1.1\"\n        title: Б\n---\n",
            code: .duplicateEventID, severity: .error),
        Case(
            name: "reference to a missing school", file: "roadmaps/a.md",
            text: roadmapHead + "schools: [1️⃣nowhere]\n---\n", code: .unknownReference, severity: .error),
        Case(
            name: "reference to a missing order", file: "roadmaps/a.md",
            text: roadmapHead + "approved_by: 1️⃣prikaz-1\n---\n", code: .unknownReference, severity: .error),
        Case(
            name: "slug not lowercase latin", file: "schools/Школа_1.md",
            text: "---\nname: Школа\n---\n", code: .invalidSlug, severity: .error),
        Case(
            name: "explicit slug invalid", file: "schools/a.md",
            text: "---\nname: Школа\nslug: 1️⃣My School\n---\n", code: .invalidSlug, severity: .error),
        Case(
            name: "href escapes the site", file: "schools/a.md",
            text: "---\nname: Школа\ndocuments:\n  - title: Док\n    href: 1️⃣../../etc/passwd\n---\n",
            code: .unsafePath, severity: .error),
        Case(
            name: "javascript href", file: "schools/a.md",
            text: "---\nname: Школа\ndocuments:\n  - title: Док\n    href: 1️⃣javascript:alert(1)\n---\n",
            code: .unsafePath, severity: .error),
        Case(
            name: "attachment missing", file: "schools/a.md",
            text: "---\nname: Школа\ndocuments:\n  - title: Док\n    href: 1️⃣files/none.pdf\n---\n",
            code: .missingFile, severity: .warning),
        Case(
            name: "signed copy missing", file: "schools/a.md",
            text:
                "---\nname: Школа\ndocuments:\n  - title: Док\n    href: https://example.org/doc.pdf\n    signed: 1️⃣files/none.sig\n---\n",
            code: .missingFile, severity: .warning),
        Case(
            name: "an order's signed copy outside the site", file: "orders/a.md",
            text: "---\ntitle: Приказ\nnumber: \"1\"\ndate: 2025-09-01\nsigned: 1️⃣../../etc/passwd\n---\n",
            code: .unsafePath, severity: .error),
        Case(
            name: "duplicate key", file: "schools/a.md",
            text: "---\nname: Школа\n1️⃣name: Другая\n---\n", code: .brokenYAML, severity: .error),
        Case(
            name: "invalid academic year", file: "roadmaps/a.md",
            text: "---\ntitle: Карта\nlevel: school\nperiod:\n  academic_year: 1️⃣2023-2025\n---\n",
            code: .invalidPeriod, severity: .error),
        Case(
            name: "unknown key after Cyrillic text", file: "schools/a.md",
            text: "---\nname: «Школа № 1» — с. Тохтор\naddress: ул. Мира, 1\n1️⃣adress: там же\n---\n",
            code: .unknownKey, severity: .warning),
        Case(
            name: "invalid date after Cyrillic on the same line", file: "roadmaps/a.md",
            text: roadmapHead
                + "stages:\n  - title: Этап\n    events:\n      - {title: Мера, done: 1️⃣2022-13-01}\n---\n",
            code: .invalidDate, severity: .error)
    ]

    @Test(arguments: cases)
    func reportsProblemAtItsLocation(_ testCase: Case) throws {
        _ = try Self.check(testCase)
    }

    /// Loads the case's file and expects its diagnostic at the marker; returns every diagnostic.
    static func check(_ testCase: Case) throws -> [Diagnostic] {
        let content = try ScratchFolder.content([testCase.file: testCase.text.text]).path
        let loaded = ContentLoader.load(from: content)
        // No marker: the problem is the file as a whole, with no line and column.
        let file = content + "/" + testCase.file
        let expected =
            testCase.text.all.first.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: file)
        let match = loaded.diagnostics.all.first { $0.code == testCase.code }
        #expect(match?.location == expected, "\(loaded.diagnostics.all)")
        #expect(match?.severity == testCase.severity)
        return loaded.diagnostics.all
    }

    @Test func unknownKeySuggestsNearestKnownKey() throws {
        let content = try ScratchFolder.content([
            "roadmaps/a.md": Self.roadmapHead
                + "stages:\n  - title: Этап\n    events:\n      - title: Мера\n        responsibel: Кто-то\n---\n"
        ])
        let diagnostic = try #require(ContentLoader.load(from: content.path).diagnostics.all.first)
        #expect(diagnostic.message == "неизвестное поле «responsibel»; возможно, имелось в виду «responsible»")
    }

    @Test func unknownValueListsAllowedValues() throws {
        let content = try ScratchFolder.content([
            "roadmaps/a.md": "---\ntitle: Карта\nlevel: federal\nperiod: {year: 2022}\n---\n"
        ])
        let diagnostic = try #require(ContentLoader.load(from: content.path).diagnostics.all.first)
        #expect(
            diagnostic.message
                == "поле «level»: недопустимое значение «federal»; допустимые: regional, municipal, school")
    }

    @Test func duplicateSlugsAreReported() throws {
        let content = try ScratchFolder.content([
            "schools/a.md": "---\nname: А\nslug: shkola\n---\n",
            "schools/b.md": "---\nname: Б\nslug: shkola\n---\n"
        ])
        let diagnostics = ContentLoader.load(from: content.path).diagnostics.all
        #expect(diagnostics.map(\.code) == [.duplicateSlug])
        #expect(diagnostics.first?.location.file == content.path + "/schools/b.md")
    }

    @Test func everyProblemOfARunIsReported() throws {
        let content = try ScratchFolder.content([
            "schools/a.md": "---\nname: [А]\njoined: давно\n---\n",
            "schools/b.md": "---\nname: Б\nroadmaps: [nope]\ncolor: red\n---\n",
            "orders/c.md": "---\ntitle: Об\n"
        ])
        let loaded = ContentLoader.load(from: content.path)
        #expect(
            Set(loaded.diagnostics.all.map(\.code))
                == [.wrongType, .invalidNumber, .unknownReference, .unknownKey, .frontMatterNotClosed])
        #expect(loaded.diagnostics.errorCount == 4)
        #expect(loaded.diagnostics.warningCount == 1)
        #expect(loaded.fileCount == 4)
    }

    @Test func formatsLikeACompilerWithCaret() throws {
        let content = try ScratchFolder.content([
            "roadmaps/a.md": "---\ntitle: Карта\nlevel: federal\nperiod: {year: 2022}\n---\n"
        ])
        let loaded = ContentLoader.load(from: content.path)
        #expect(
            loaded.formattedDiagnostics() == """
                \(content.path + "/roadmaps/a.md"):3:8: ошибка: поле «level»: недопустимое значение «federal»; допустимые: regional, municipal, school
                level: federal
                       ^
                """)
    }
}

/// `karta check` warns about terms it cannot place, at the `when` value.
struct TermWarningTests {
    @Test func unknownAndOutOfPeriodTerms() throws {
        let text = MarkedText(
            """
            ---
            title: Карта
            level: municipal
            period: {year: 2022}
            stages:
              - title: Этап
                events:
                  - title: А
                    when: 1️⃣после экзаменов
                  - title: Б
                    when: 2️⃣май 2023
                  - title: В
                    when: на постоянной основе с сентября 2020
            ---
            """)
        let content = try ScratchFolder.content(["roadmaps/a.md": text.text])
        let diagnostics = ContentLoader.load(from: content.path).diagnostics.sorted
        #expect(diagnostics.map(\.code) == [.unknownTerm, .termOutsidePeriod])
        #expect(diagnostics.map { MarkedText.Position(line: $0.location.line, column: $0.location.column) } == text.all)
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }
}
