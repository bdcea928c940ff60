import Foundation
import KartaCore

/// Runs a program as a user would and collects what it printed: the one process runner of the
/// tests (karta itself, git, Python).
public enum Command {
    public struct Run: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    /// - Parameter environment: added to this process's environment.
    public static func run(
        _ executable: URL, _ arguments: [String], in folder: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Standard error on another thread, so that neither pipe can fill and stall the program.
        let errorHandle = err.fileHandleForReading
        let errors = Locked(Data()), done = DispatchSemaphore(value: 0)
        Thread {
            let data = Platform.readToEnd(errorHandle.fileDescriptor)
            errors.withLock { $0 = data }
            done.signal()
        }.start()
        let outData = Platform.readToEnd(out.fileHandleForReading.fileDescriptor)
        done.wait()
        let errData = errors.withLock { $0 }
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The Python interpreter itself, for helpers a test runs beside it (servers, listeners) and
    /// stops: `python3` on `PATH` may be a shim (pyenv's is a shell script) whose interpreter, its
    /// child, would outlive the signal and keep the test run's output open until it ends.
    public static let python: URL = {
        let path =
            (try? run("python3", ["-c", "import sys; print(sys.executable)"]))?.stdout
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return URL(fileURLWithPath: path.isEmpty ? "/usr/bin/python3" : path)
    }()

    /// A program found on `PATH` (through `/usr/bin/env`).
    public static func run(
        _ name: String, _ arguments: [String], in folder: URL? = nil,
        environment: [String: String] = [:]
    ) throws -> Run {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, in: folder, environment: environment)
    }

    /// LibreOffice, headless, with a profile of its own: instances sharing the default profile hand
    /// their work to whichever started first, and a second conversion run beside a first fails.
    public static func soffice(_ arguments: [String]) throws -> Run {
        let profile = FileManager.default.temporaryDirectory
            .appendingPathComponent("karta-soffice-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: profile) }
        return try run("soffice", ["-env:UserInstallation=\(profile.absoluteString)", "--headless"] + arguments)
    }
}
