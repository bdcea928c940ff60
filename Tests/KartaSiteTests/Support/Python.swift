import Foundation
import KartaTestSupport

/// Runs a Python script with Debian's interpreter (where `scripts/setup.sh` installs icalendar and
/// jsonschema): the open data is read by real parsers, not by karta's own code.
enum Python {
    /// Standard output; throws with standard error when the script fails.
    static func run(_ script: String, arguments: [String] = []) throws -> String {
        let run =
            FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")
            ? try Command.run(URL(fileURLWithPath: "/usr/bin/python3"), ["-c", script] + arguments)
            : try Command.run("python3", ["-c", script] + arguments)
        guard run.status == 0 else { throw Failure(message: run.stderr) }
        return run.stdout
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
