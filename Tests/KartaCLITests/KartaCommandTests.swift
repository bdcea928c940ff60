import Foundation
import Testing

/// The executable as a user runs it: help on standard output, parsing errors on standard error,
/// both in Russian, with argument-parser's exit codes.
struct KartaCommandTests {
    @Test func mistypedOptionIsExplainedInRussian() throws {
        let run = try Karta.run(["build", "--otput", "site"])
        #expect(run.status == 64)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr.hasPrefix("ошибка: неизвестный параметр «--otput»; может быть, «--output»?\nВызов: karta build ")
        )
    }

    @Test func helpGoesToStandardOutput() throws {
        let run = try Karta.run(["help", "build"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.stdout.hasPrefix("ОПИСАНИЕ: Собрать сайт."))
        #expect(run.stdout.contains("\n  -h, --help              Показать эту справку.\n"))
    }

    @Test func versionIsPrintedAsItIs() throws {
        let run = try Karta.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(run.stdout)")
    }
}
