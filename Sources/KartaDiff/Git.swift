import Foundation
import KartaCore

/// The few git commands `karta diff` runs, as a separate process (git's own texts never reach the user).
struct Git {
    /// The folder git runs in.
    let folder: String

    static var executable: String? { FileSystem.executable(named: ["git"]) }

    /// Standard output, or the exit status and standard error.
    func run(_ arguments: [String], input: Data? = nil) throws(DiffError) -> Data {
        guard let executable = Self.executable else { throw .gitMissing }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        do { try process.run() } catch { throw .gitFailed(SystemError(error).reason) }
        // Written from another thread: git may fill its output pipe before it has read all input.
        let handle = inPipe.fileHandleForWriting
        let writer = Thread {
            if let input { handle.write(input) }
            try? handle.close()
        }
        writer.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: errors, as: UTF8.self)
            if text.contains("not a git repository") { throw .notARepository }
            throw .gitFailed("код \(process.terminationStatus)")
        }
        return output
    }
}
