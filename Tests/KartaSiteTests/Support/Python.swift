import Foundation

/// Runs a Python script with Debian's interpreter (where `scripts/setup.sh` installs icalendar and
/// jsonschema): the open data is read by real parsers, not by karta's own code.
enum Python {
    static let interpreter = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"

    /// Standard output; throws with standard error when the script fails.
    static func run(_ script: String, arguments: [String] = []) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: interpreter.hasPrefix("/") ? interpreter : "/usr/bin/env")
        process.arguments = (interpreter.hasPrefix("/") ? [] : [interpreter]) + ["-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let error = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(message: String(decoding: error, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
