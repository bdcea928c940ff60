import Foundation

/// A scratch git repository whose history is written by a test, commit by commit.
public struct GitFixture {
    public let folder: URL
    public var content: String { folder.appendingPathComponent("content").path }

    public init() throws {
        folder = try ScratchFolder.make("git")
        try git("init", "-q", "-b", "main")
    }

    /// Writes the files (relative to `content/`; nil removes one) and commits them.
    public func commit(_ message: String, _ files: [String: String?]) throws {
        try write(files)
        try git("add", "-A")
        try git("-c", "user.name=karta", "-c", "user.email=karta@example.org", "commit", "-q", "-m", message)
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
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = folder
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failure(arguments: arguments) }
        return String(decoding: data, as: UTF8.self)
    }

    struct Failure: Error {
        let arguments: [String]
    }
}
