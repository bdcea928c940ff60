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

    /// Stopped as a group, a script stops with what it started (LibreOffice's `soffice` script and
    /// its `soffice.bin`, which went on at full CPU).
    @Test func whatAStuckScriptStartedIsStoppedWithIt() throws {
        let marker = FileManager.default.temporaryDirectory.appendingPathComponent("karta-child-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: marker) }
        // The script starts a program in the background, notes its pid and waits.
        let start = Date()
        let finished = try ChildProcess.run(
            "/bin/sh", ["-c", "sleep 60 & echo $! > '\(marker.path)'; wait"], capture: false, timeout: 0.5)
        #expect(finished.timedOut)
        // Not held until the background program ends by itself.
        #expect(Date().timeIntervalSince(start) < 10)
        let pid = try #require(
            Int32(String(contentsOf: marker, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // SIGKILL is delivered at once; the kernel may take a moment to reap.
        var alive = true
        for _ in 0..<50 where alive {
            alive = kill(pid, 0) == 0 && !Self.isZombie(pid)
            if alive { usleep(20_000) }
        }
        #expect(!alive, "the script's child \(pid) outlived it")
    }

    /// A process killed but not yet reaped by its parent (here: by init) shows as «Z».
    static func isZombie(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        return stat.split(separator: ")").last?.split(separator: " ").first == "Z"
    }

    /// The folder it runs in, and standard input closed when none is given.
    @Test func runsInTheFolderGiven() throws {
        let finished = try ChildProcess.run("/bin/sh", ["-c", "pwd; cat"], in: "/usr/share")
        #expect(String(decoding: finished.output, as: UTF8.self) == "/usr/share\n")
        #expect(finished.status == 0)
    }

    /// A megabyte in and out: neither pipe stalls the other.
    @Test func largeInputAndOutputDoNotStall() throws {
        let input = Data(repeating: UInt8(ascii: "k"), count: 1_000_000)
        let finished = try ChildProcess.run("/bin/cat", [], input: input, timeout: 30)
        #expect(finished.output == input)
        #expect(!finished.timedOut)
        // A program that reads nothing and ends: the input is dropped, karta goes on.
        #expect(try ChildProcess.run("/bin/true", [], input: input).status == 0)
    }

    /// Every run gives back all it opened: the preview server runs git on every rebuild, all day.
    /// The count is the whole test process's, and other suites open files and sockets meanwhile;
    /// a leak grows with the runs (six descriptors a run), so 200 runs show one far above that noise.
    @Test func nothingIsLeftOpen() throws {
        func openCount() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count }
        let before = try openCount()
        for _ in 0..<200 { _ = try ChildProcess.run("/bin/sh", ["-c", "echo x; echo y >&2"], input: Data("z".utf8)) }
        #expect(try openCount() - before < 100)
    }

    /// `karta serve` ignores Ctrl-C itself (it stops on its own signal source); the programs it
    /// starts get the default back, or a stuck one could not be stopped with Ctrl-C.
    @Test func ignoredSignalsAreDefaultInTheChild() throws {
        let previous = signal(SIGINT, SIG_IGN)
        defer { signal(SIGINT, previous) }
        let finished = try ChildProcess.run("/bin/sh", ["-c", "kill -INT $$; echo survived"], timeout: 10)
        #expect(finished.status == 128 + SIGINT)
        #expect(finished.output.isEmpty)
    }

    @Test func missingProgramIsAnError() {
        #expect(throws: SystemError.self) { try ChildProcess.run("/nonexistent/program", []) }
    }
}
