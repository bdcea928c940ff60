import Foundation

/// A scratch git repository whose history is written by a test, commit by commit.
public struct GitFixture {
    public let folder: URL
    public var content: String { folder.appendingPathComponent("content").path }

    public init() throws {
        folder = try ScratchFolder.make("git")
        try git("init", "-q", "-b", "main")
    }

    /// Writes the files (relative to `content/`; nil removes one) and commits them, on `date`
    /// (`2026-03-01`) when given, so that what depends on a commit's day does not depend on today.
    public func commit(_ message: String, _ files: [String: String?], date: String? = nil) throws {
        try write(files)
        try git("add", "-A")
        let environment =
            date.map { ["GIT_COMMITTER_DATE": "\($0)T12:00:00", "GIT_AUTHOR_DATE": "\($0)T12:00:00"] } ?? [:]
        _ = try run(
            ["-c", "user.name=karta", "-c", "user.email=karta@example.org", "commit", "-q", "-m", message],
            environment: environment)
    }

    /// Changes the working tree only.
    public func write(_ files: [String: String?]) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent("content/" + path)
            if let text {
                try ScratchFolder.write(text, to: url.path)
            } else {
                try FileManager.default.removeItem(at: url)
            }
        }
    }

    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try run(arguments)
    }

    private func run(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let run = try Command.run("git", arguments, in: folder, environment: environment)
        guard run.status == 0 else { throw Failure(arguments: arguments) }
        return run.stdout
    }

    struct Failure: Error {
        let arguments: [String]
    }
}
