import Foundation

/// karta's one way to the file system: every read, listing and write of content, templates,
/// output and caches goes through here (and the system calls under it through `Platform`).
public enum FileSystem {
    /// `path` without a trailing slash (`/` stays `/`), so that `path + "/" + name` is one slash.
    public static func folder(_ path: String) -> String {
        path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    /// The path of `name` in the folder that holds `path`: `Templates` beside `content`,
    /// `/site/Templates` beside `/site/content/`.
    public static func sibling(_ name: String, of path: String) -> String {
        let parent = parent(of: path)
        return parent.isEmpty ? name : parent == "/" ? "/" + name : parent + "/" + name
    }

    /// The folder that holds `path`: `a` for `a/b`, `/` for `/a`, empty for a bare name.
    public static func parent(of path: String) -> String {
        // Not NSString.deletingLastPathComponent: Foundation on Linux traps on a one-letter path.
        let path = folder(path)
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// An entry of any kind is at `path`; a symbolic link is not followed.
    public static func entryExists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    public static func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    public static func isExecutable(_ path: String) -> Bool {
        FileManager.default.isExecutableFile(atPath: path)
    }

    /// The first executable of `names` in the folders of `PATH`, in the order of the folders.
    public static func executable(
        named names: [String],
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.lazy.flatMap { folder in names.map { "\(folder)/\($0)" } }.first(where: isExecutable)
    }

    /// True for a symbolic link itself, whatever it points at (or if it points nowhere).
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// True for a regular file that is not a link.
    public static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The absolute path with `.`, `..` and links resolved as far as the path exists; the part
    /// that does not exist yet is appended as written. For telling whether two folders overlap.
    public static func canonical(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL.path
        var missing: [String] = []
        while !fileExists(existing), existing != "/" {
            missing.insert((existing as NSString).lastPathComponent, at: 0)
            existing = parent(of: existing)
        }
        guard let resolved = realpath(existing, nil) else { return ([existing] + missing).joined(separator: "/") }
        defer { free(resolved) }
        let base = String(cString: resolved)
        return missing.isEmpty ? base : (base == "/" ? "" : base) + "/" + missing.joined(separator: "/")
    }

    /// Names in a folder, sorted, without hidden entries unless `hidden`; empty when the folder
    /// does not exist.
    public static func list(_ path: String, hidden: Bool = false) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { hidden || !$0.hasPrefix(".") }
            .sorted()
    }

    /// Relative paths of all regular files under `root`, sorted; empty when it does not exist.
    /// Hidden files and symbolic links are left out: a link could bring in a file from outside.
    public static func files(under root: String) -> [String] {
        var result: [String] = []
        walk(root) { relative, kind in
            if kind == .file, !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    /// The size of a file, nil when there is none.
    public static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    /// Size and modification time, e.g. `"1234-1733300000-15"`; nil when there is no such file.
    public static func stamp(of path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let modified = Platform.modificationTime(info)
        return "\(info.st_size)-\(modified.seconds)-\(modified.nanoseconds)"
    }

    /// The stamp of a regular file (a link is not followed); nil for anything else.
    public static func fileStamp(of path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let modified = Platform.modificationTime(info)
        return FileStamp(
            size: Int(info.st_size), seconds: modified.seconds, nanoseconds: modified.nanoseconds,
            inode: UInt64(info.st_ino))
    }

    /// The running karta executable's `stamp`.
    public static var executableStamp: String? {
        stamp(of: Platform.executablePath)
    }

    /// Up to `count` first bytes of a regular file; empty when it cannot be read or is not a
    /// regular file (a FIFO is never waited on).
    public static func prefix(_ path: String, bytes count: Int) -> [UInt8] {
        guard isRegularFileFollowingLinks(path), let handle = FileHandle(forReadingAtPath: path) else { return [] }
        defer { try? handle.close() }
        return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
    }

    /// A regular file's bytes; empty when it cannot be read (callers that must tell use `read`).
    public static func bytes(_ path: String) -> [UInt8] {
        contents(path) ?? []
    }

    /// A regular file, or a link to one: not a folder, a FIFO or a device, whose reading could
    /// wait for ever or never end.
    public static func isRegularFileFollowingLinks(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// A file's bytes; a located error when it cannot be read or is larger than `Limits.fileBytes`.
    static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        if let size = size(of: path), size > Limits.fileBytes {
            return .failure(ReadError.fileTooLarge(bytes: size).at(SourceLocation(file: path)))
        }
        guard let bytes = contents(path) else {
            return .failure(
                ReadError.unreadable(reason: "нет доступа или это не файл")
                    .at(SourceLocation(file: path)))
        }
        return .success(bytes)
    }

    /// A regular file's bytes, read straight into one array (no `Data` to copy from); nil for a
    /// folder, a FIFO or a device, or a file that cannot be opened. Opened without blocking: a
    /// FIFO's open would otherwise wait for a writer for ever.
    public static func contents(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var count = 0
        while count < bytes.count {
            let read = bytes.withUnsafeMutableBytes {
                Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count)
            }
            guard read > 0 else { break }
            count += read
        }
        // A file that changed size while read: what was read.
        if count < bytes.count { bytes.removeSubrange(count...) }
        return bytes
    }

    /// A content file's text: read, then checked and normalised by `SourceText`.
    public static func text(_ path: String) -> Result<String, Diagnostic> {
        read(path).flatMap { SourceText.decode($0, file: path) }
    }
}
