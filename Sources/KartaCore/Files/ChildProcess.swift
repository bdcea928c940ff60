import Foundation

/// Runs another program to its end: git, Chromium, LibreOffice. The one place karta starts a process.
public enum ChildProcess {
    public struct Finished: Sendable {
        public let status: Int32
        /// Standard output; empty unless captured.
        public let output: Data
        /// Standard error; empty unless captured.
        public let errors: Data
        /// It ran past its time and was stopped.
        public let timedOut: Bool
    }

    /// - Parameters:
    ///   - folder: the working folder; the current one when nil.
    ///   - input: written to standard input (from another thread: the program may fill its
    ///     output pipe before it has read all input).
    ///   - capture: keep standard output and error; otherwise they are discarded.
    ///   - timeout: seconds after which the program is stopped (a converter stuck on a dialog never ends).
    ///
    /// A program stopped at its time is stopped with what it started: it runs as the leader of a
    /// process group of its own, and the whole group is killed (`soffice` is a script whose
    /// `soffice.bin` went on at full CPU when only the script was).
    public static func run(
        _ executable: String, _ arguments: [String], in folder: String? = nil,
        input: Data? = nil, capture: Bool = true, timeout: Double? = nil
    ) throws(SystemError) -> Finished {
        ignoreBrokenPipes
        let null = open("/dev/null", O_RDWR | O_CLOEXEC)
        guard null >= 0 else { throw SystemError(errno: errno) }
        defer { close(null) }
        var opened: [Int32] = []
        defer { opened.forEach { close($0) } }
        func pipe() throws(SystemError) -> (read: Int32, write: Int32) {
            let ends = try Platform.makePipe()
            opened += [ends.read, ends.write]
            return ends
        }
        let inPipe = input == nil ? nil : try pipe()
        let outPipe = capture ? try pipe() : nil
        let errPipe = capture ? try pipe() : nil
        let spawned = Platform.spawn(
            executable, arguments, folder: folder,
            standard: [inPipe?.read ?? null, outPipe?.write ?? null, errPipe?.write ?? null])
        // The child's ends are the child's: karta keeps only its own, so that each side sees the end.
        for end in [inPipe?.read, outPipe?.write, errPipe?.write].compactMap({ $0 }) {
            close(end)
            opened.removeAll { $0 == end }
        }
        let pid: pid_t
        switch spawned {
        case .success(let started): pid = started
        case .failure(let error): throw error
        }
        // Set once the child has ended, before it is reaped: its pid cannot be another's yet.
        let state = Locked((ended: false, expired: false))
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                state.withLock { state in
                    guard !state.ended else { return }
                    state.expired = true
                    kill(-pid, SIGKILL)
                }
            }
        }
        if let input, let end = inPipe?.write {
            opened.removeAll { $0 == end }
            // From another thread: the program may fill its output pipe before it has read all input.
            Thread {
                // A program that ends without reading all of it closes the pipe: the rest is dropped.
                input.withUnsafeBytes { bytes in _ = try? Platform.writeAll(end, bytes) }
                close(end)
            }.start()
        }
        var output = Data(), errors = Data()
        if let outPipe, let errPipe {
            // Standard error is read on another thread so that neither pipe can fill and stall the program.
            let collected = Locked(Data()), done = DispatchSemaphore(value: 0)
            Thread {
                let data = Platform.readToEnd(errPipe.read)
                collected.withLock { $0 = data }
                done.signal()
            }.start()
            output = Platform.readToEnd(outPipe.read)
            done.wait()
            errors = collected.withLock { $0 }
        }
        Platform.waitForExit(pid)
        let expired = state.withLock { state in
            state.ended = true
            return state.expired
        }
        return Finished(status: Platform.reap(pid), output: output, errors: errors, timedOut: expired)
    }

    /// A program that exits before it has read all its input must not stop karta: writing to
    /// its pipe then fails with EPIPE instead of raising SIGPIPE (the program itself gets the
    /// signal's default back).
    private static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()
}
