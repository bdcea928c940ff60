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
        let finished: ChildProcess.Finished
        do {
            finished = try ChildProcess.run(executable, arguments, in: folder, input: input ?? Data())
        } catch {
            throw .gitFailed(error.reason)
        }
        guard finished.status == 0 else {
            let text = String(decoding: finished.errors, as: UTF8.self)
            if text.contains("not a git repository") { throw .notARepository }
            throw .gitFailed("код \(finished.status)")
        }
        return finished.output
    }
}
