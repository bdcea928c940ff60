import Foundation
import Testing
import KartaTestSupport

/// Runs the built `karta` executable, as a user would.
enum Karta {
    typealias Run = Command.Run

    /// The package root, found from this source file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's templates folder, for builds outside the repository.
    static let templates = packageRoot.appendingPathComponent("Templates").path

    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")] {
            let candidate = folder.appendingPathComponent("karta")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/karta")
    }

    static func run(_ arguments: [String], in directory: URL = packageRoot) throws -> Run {
        try Command.run(executable, arguments, in: directory)
    }

    /// A copy of the demo content built into `site/` beside it with the repository's templates:
    /// the arguments of that build, to run it again.
    static func builtCopyOfDemo() throws -> (folder: URL, output: String, build: [String]) {
        let folder = try copyOfDemoContent()
        let output = folder.appendingPathComponent("site").path
        let build = ["build", "--templates", packageRoot.appendingPathComponent("Templates").path, "--output", output]
        let run = try Karta.run(build + ["--quiet"], in: folder)
        #expect(run.status == 0, "\(run.stderr)")
        return (folder, output, build)
    }

    /// Replaces text in a file of the folder.
    static func edit(_ relative: String, in folder: URL, replacing old: String, with new: String) throws {
        try ScratchFolder.edit(folder.appendingPathComponent(relative).path, replacing: old, with: new)
    }

    /// A copy of the demo content in a fresh temporary folder: the folder that holds `content/`.
    static func copyOfDemoContent() throws -> URL {
        try ScratchFolder.copy(packageRoot.appendingPathComponent("content"), as: "content").deletingLastPathComponent()
    }
}
