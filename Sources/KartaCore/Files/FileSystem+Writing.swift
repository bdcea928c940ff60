import Foundation

extension FileSystem {
    /// Creates `path` and the folders above it that are missing.
    public static func makeFolders(_ path: String) throws(SystemError) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += part
            try makeFolder(prefix)
            prefix += "/"
        }
        guard isDirectory(path) else { throw SystemError(errno: ENOTDIR) }
    }

    /// Plain `mkdir`; a folder that exists is fine.
    public static func makeFolder(_ path: String) throws(SystemError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw SystemError(errno: errno) }
    }

    /// Writes `bytes` to a hidden temporary file beside `path` (`.karta-<name>.tmp`), then renames
    /// it over `path`: a reader sees the old file or the new one, never half of one. No fsync.
    public static func write(_ bytes: [UInt8], to path: String) throws(SystemError) {
        try bytes.withUnsafeBufferPointer { buffer throws(SystemError) in try write(buffer, to: path) }
    }

    /// Writes `bytes` atomically (see `write(_:to:)`).
    public static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(SystemError) {
        let sink = try FileSink(path: path)
        try sink.write(bytes)
        try sink.commit()
    }

    /// Writes `bytes` straight to `path`, creating it: for a folder no one reads yet (a build
    /// from scratch), where a temporary file and a rename would only double the work of the file
    /// system. A link at `path` is refused, not followed.
    public static func create(_ bytes: [UInt8], at path: String) throws(SystemError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw SystemError(errno: errno) }
        defer { close(descriptor) }
        let result: Result<Void, SystemError> = bytes.withUnsafeBytes { buffer in
            Result { () throws(SystemError) in try Platform.writeAll(descriptor, buffer) }
        }
        try result.get()
    }

    /// Writes a text as UTF-8, as `write(_:to:)` does, without copying it into an array first.
    public static func write(_ text: String, to path: String) throws(SystemError) {
        var text = text
        let result: Result<Void, SystemError> = text.withUTF8 { bytes in
            Result { () throws(SystemError) in try write(bytes, to: path) }
        }
        try result.get()
    }

    /// Renames `source` over `destination`.
    public static func move(_ source: String, to destination: String) throws(SystemError) {
        if rename(source, destination) != 0 { throw SystemError(errno: errno) }
    }

    /// Removes a file; true when it was there and is gone.
    @discardableResult
    public static func remove(_ path: String) -> Bool {
        unlink(path) == 0
    }

    /// A new private folder (`mkdtemp`) under `base`, by default the system's temporary folder.
    public static func temporaryFolder(prefix: String, in base: String? = nil) throws(SystemError) -> String {
        let base = base ?? ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array("\(base)/\(prefix)-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw SystemError(errno: errno)
        }
        return String(cString: made)
    }

    /// Removes a folder and everything in it (a temporary folder karta made).
    public static func removeTree(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Makes a file executable by everyone who may read it (a script karta writes).
    public static func makeExecutable(_ path: String) throws(SystemError) {
        if chmod(path, 0o755) != 0 { throw SystemError(errno: errno) }
    }

    /// Removes a folder if it is empty.
    public static func removeEmptyFolder(_ path: String) {
        rmdir(path)
    }

    /// What `walk` found.
    public enum EntryKind: Sendable {
        case file, folder, link
    }

    /// Every entry under `folder`, depth first, as a path relative to it and its kind; readdir's
    /// file type is used, so there is no `stat` per entry. Links are reported, never followed.
    public static func walk(_ folder: String, _ visit: (_ relative: String, _ kind: EntryKind) -> Void) {
        walk(folder, relative: "", visit)
    }

    private static func walk(_ folder: String, relative: String, _ visit: (String, EntryKind) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        var entries: [(String, EntryKind)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) {
                String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind: EntryKind =
                switch entry.pointee.d_type {
                case UInt8(DT_DIR): .folder
                case UInt8(DT_LNK): .link
                case UInt8(DT_UNKNOWN):
                    isSymbolicLink(folder + "/" + name) ? .link : isDirectory(folder + "/" + name) ? .folder : .file
                default: .file
                }
            entries.append((name, kind))
        }
        // Sorted, so that whoever lists files gets them in the same order on every machine.
        for (name, kind) in entries.sorted(by: { $0.0 < $1.0 }) {
            let child = relative.isEmpty ? name : relative + "/" + name
            visit(child, kind)
            if kind == .folder { walk(folder + "/" + name, relative: child, visit) }
        }
    }
}
