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
        var fingerprint: Fingerprint
        var size: Int
    }

    var executable: String
    var entries: [String: Entry] = [:]
    /// Fingerprint of everything the build read (see `BuildInputs`); empty when unknown.
    var inputs = ""
    /// The build that wrote this manifest reported no problem at all.
    var clean = false
    /// The other files that build left in the output: assets, attachments, PDFs.
    var others: [String] = []

    /// Every file the build that wrote this manifest left in the output; nil when there was no such
    /// build. The next build removes what it no longer makes by difference, without walking the folder.
    var outputs: Set<String>? {
        entries.isEmpty ? nil : Set(entries.keys).union(others)
    }

    init(executable: String = BuildManifest.currentExecutable, entries: [String: Entry] = [:]) {
        self.executable = executable
        self.entries = entries
    }

    /// The manifest of an earlier build; empty when there is none, it cannot be read, or it was
    /// made by another karta executable.
    init(forOutput output: String) {
        executable = Self.currentExecutable
        let bytes = FileSystem.bytes(Self.path(forOutput: output))
        let header = Array(header.utf8)
        guard bytes.starts(with: header) else { return }
        let read = bytes.withUnsafeBytes { buffer -> BuildManifest? in
            var reader = CacheReader(buffer, from: header.count)
            return try? Self.read(&reader, executable: executable)
        }
        if let read { self = read }
    }

    private static func read(_ reader: inout CacheReader, executable: String) throws(CacheReader.Damaged)
        -> BuildManifest
    {
        var manifest = BuildManifest(executable: executable)
        manifest.inputs = try reader.string()
        manifest.clean = try reader.bool()
        manifest.others = try (0..<reader.count()).map { _ throws(CacheReader.Damaged) in try reader.string() }
        manifest.entries.reserveCapacity(try reader.count())
        while !reader.isAtEnd {
            let path = try reader.string()
            manifest.entries[path] = Entry(fingerprint: Fingerprint(value: try reader.fixed()), size: try reader.int())
        }
        return manifest
    }

    /// The first line: the format and the karta executable.
    private var header: String { "karta-manifest 3 \(executable)\n" }

    static func path(forOutput output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".karta-cache")
            .appendingPathComponent(url.lastPathComponent + ".manifest").path
    }

    /// The manifest in the binary form of karta's caches (`CacheWriter`).
    var bytes: [UInt8] {
        var writer = CacheWriter()
        writer.string(inputs)
        writer.bool(clean)
        writer.int(others.count)
        for path in others { writer.string(path) }
        writer.int(entries.count)
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            writer.string(path)
            writer.fixed(entry.fingerprint.value)
            writer.int(entry.size)
        }
        return Array(header.utf8) + writer.bytes
    }

    /// Saved after a successful build; a cache that cannot be written only costs a full rebuild next time.
    func save(forOutput output: String) {
        let path = Self.path(forOutput: output)
        try? FileSystem.makeFolders(FileSystem.parent(of: path))
        try? FileSystem.write(bytes, to: path)
    }

    /// Forgets the previous build, after a write failed part of the way: the folder then holds pages
    /// of two builds, and the next build must compare every page with what is on disk.
    static func discard(forOutput output: String) {
        FileSystem.remove(path(forOutput: output))
    }

    /// Size and modification time of the running executable.
    static let currentExecutable = FileSystem.executableStamp ?? "unknown"
}
