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
    /// A program stopped at its time is stopped with what it started: Foundation starts it as the
    /// leader of a process group of its own, and the whole group is killed (`soffice` is a script
    /// whose `soffice.bin` went on at full CPU when only the script was).
    public static func run(
        _ executable: String, _ arguments: [String], in folder: String? = nil,
        input: Data? = nil, capture: Bool = true, timeout: Double? = nil
    ) throws(SystemError) -> Finished {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = capture ? out : FileHandle.nullDevice
        process.standardError = capture ? err : FileHandle.nullDevice
        process.standardInput = input == nil ? FileHandle.nullDevice : inPipe
        do { try process.run() } catch { throw SystemError(error) }
        let expired = Locked(false)
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
                guard process.isRunning else { return }
                expired.withLock { $0 = true }
                let pid = process.processIdentifier
                // The group only when it is the program's own: never karta's.
                if getpgid(pid) == pid { kill(-pid, SIGKILL) }
                kill(pid, SIGKILL)
            }
        }
        if let input {
            let handle = inPipe.fileHandleForWriting
            Thread {
                handle.write(input)
                try? handle.close()
            }.start()
        }
        var output = Data(), errors = Data()
        if capture {
            // Standard error is read on another thread so that neither pipe can fill and stall the program.
            let errorHandle = err.fileHandleForReading
            let collected = Locked(Data()), done = DispatchSemaphore(value: 0)
            let reader = Thread {
                let data = Platform.readToEnd(errorHandle.fileDescriptor)
                collected.withLock { $0 = data }
                done.signal()
            }
            reader.start()
            output = Platform.readToEnd(out.fileHandleForReading.fileDescriptor)
            done.wait()
            errors = collected.withLock { $0 }
        }
        process.waitUntilExit()
        return Finished(
            status: process.terminationStatus, output: output, errors: errors,
            timedOut: expired.withLock { $0 })
    }
}
