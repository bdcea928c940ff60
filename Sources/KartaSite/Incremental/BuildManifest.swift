import Foundation
import KartaCore

/// What the previous build of an output folder rendered: for each page, the fingerprint of what
/// it was made from and its size, so that a rebuild skips pages whose sources did not change.
///
/// It is a cache, kept outside the output (which must stay byte-identical on every machine):
/// `<parent of output>/.karta-cache/<output folder name>.manifest`. It also records the karta
/// executable it was made by; another executable (a new version, a rebuilt one) renders everything.
struct BuildManifest: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var fingerprint: String
        var size: Int
    }

    var executable: String
    var entries: [String: Entry] = [:]
    /// Fingerprint of everything the build read (see `BuildInputs`); empty when unknown.
    var inputs = ""
    /// The build that wrote this manifest reported no problem at all.
    var clean = false

    init(executable: String = BuildManifest.currentExecutable, entries: [String: Entry] = [:]) {
        self.executable = executable
        self.entries = entries
    }

    /// The manifest of an earlier build; empty when there is none, it cannot be read, or it was
    /// made by another karta executable.
    init(forOutput output: String) {
        executable = Self.currentExecutable
        let lines = String(decoding: FileSystem.bytes(Self.path(forOutput: output)), as: UTF8.self).split(separator: "\n")
        guard lines.first == "karta-manifest 1 \(executable)" else { return }
        for line in lines.dropFirst() {
            if line.hasPrefix("inputs ") {
                let parts = line.split(separator: " ")
                if parts.count == 3 { inputs = String(parts[1]); clean = parts[2] == "clean" }
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let size = Int(parts[1]) else { continue }
            entries[String(parts[2])] = Entry(fingerprint: String(parts[0]), size: size)
        }
    }

    static func path(forOutput output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".karta-cache")
            .appendingPathComponent(url.lastPathComponent + ".manifest").path
    }

    var text: String {
        (["karta-manifest 1 \(executable)", "inputs \(inputs.isEmpty ? "-" : inputs) \(clean ? "clean" : "dirty")"] + entries.keys.sorted().map { "\(entries[$0]!.fingerprint) \(entries[$0]!.size) \($0)" })
            .joined(separator: "\n") + "\n"
    }

    /// Saved after a successful build; a cache that cannot be written only costs a full rebuild next time.
    func save(forOutput output: String) {
        let path = Self.path(forOutput: output)
        try? FileSystem.makeFolders((path as NSString).deletingLastPathComponent)
        try? FileSystem.write(Array(text.utf8), to: path)
    }

    /// Forgets the previous build, after a write failed part of the way: the folder then holds pages
    /// of two builds, and the next build must compare every page with what is on disk.
    static func discard(forOutput output: String) {
        FileSystem.remove(path(forOutput: output))
    }

    /// Size and modification time of the running executable.
    static let currentExecutable = FileSystem.executableStamp ?? "unknown"
}
