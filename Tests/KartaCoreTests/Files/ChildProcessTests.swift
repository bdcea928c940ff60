import Foundation
import Testing
@testable import KartaCore

struct ChildProcessTests {
    @Test func outputErrorsInputAndStatus() throws {
        let finished = try ChildProcess.run("/bin/sh", ["-c", "cat; echo ошибка >&2; exit 3"], input: Data("вход".utf8))
        #expect(String(decoding: finished.output, as: UTF8.self) == "вход")
        #expect(String(decoding: finished.errors, as: UTF8.self) == "ошибка\n")
        #expect(finished.status == 3)
        #expect(!finished.timedOut)
    }

    /// A program that never ends is stopped at its time (a converter stuck on a dialog).
    @Test func stuckProgramIsStopped() throws {
        let start = Date()
        let finished = try ChildProcess.run("/bin/sleep", ["30"], timeout: 0.3)
        #expect(finished.timedOut)
        #expect(finished.status != 0)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    @Test func missingProgramIsAnError() {
        #expect(throws: SystemError.self) { try ChildProcess.run("/nonexistent/program", []) }
    }
}
