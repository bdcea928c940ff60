import Foundation
import KartaCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site: only files whose bytes changed, each atomically (temp file + rename, no fsync),
/// then removes files that no longer belong to it. Pages can be written while others are still
/// being rendered: `write(_:)` may be called from many threads at once.
public struct SiteWriter: Sendable {
    /// Marks a folder as karta's own, so that stale files may be removed from it.
    public static let marker = ".karta"
    static let markerText = "Эта папка создана karta; файлы, которых нет на сайте, удаляются при сборке.\n"

    let root: String
    /// The folder was absent or empty: there is nothing on disk to compare a file with.
    let fresh: Bool

    /// Checks that the folder is karta's (or empty) and that every path stays inside it, and
    /// creates the folders of `paths`. Nothing is written yet.
    public init(root: String, paths: [String]) throws(OutputError) {
        let root = root.hasSuffix("/") ? String(root.dropLast()) : root
        self.root = root
        fresh = try Self.checkOwnership(root)
        for path in paths where !Self.isSafe(path) { throw .unsafePath(path) }
        try Self.makeDirectories(for: paths, root: root)
    }

    /// Writes `files` and removes stale files in one go.
    /// - Parameter keeping: paths written by others (PDFs) that are not stale.
    public static func write(_ files: [OutputFile], to root: String, keeping: Set<String> = []) throws(OutputError) -> WriteSummary {
        let writer = try SiteWriter(root: root, paths: files.map(\.path))
        let (written, error) = writer.write(all: files)
        if let error { throw error }
        let removed = try writer.finish(keeping: Set(files.map(\.path)).union(keeping))
        return WriteSummary(written: written, unchanged: files.count - written, removed: removed)
    }

    /// Writes `files` on all cores: how many were written (the others were already there), and
    /// the first failure.
    public func write(all files: [OutputFile]) -> (written: Int, error: OutputError?) {
        var written = 0
        var failure: OutputError?
        for outcome in files.parallelMap({ file in Result { () throws(OutputError) -> Bool in try write(file) } }) {
            switch outcome {
            case .success(let wrote): if wrote { written += 1 }
            case .failure(let error): failure = failure ?? error
            }
        }
        return (written, failure)
    }

    /// Removes the files not in `keeping` and marks the folder as karta's; returns how many were removed.
    public func finish(keeping: Set<String>) throws(OutputError) -> Int {
        let removed = fresh ? 0 : Self.removeStale(keeping: keeping, root: root)
        _ = try write(OutputFile(path: Self.marker, text: Self.markerText))
        return removed
    }

    /// Relative, no `..`, no empty or hidden segments.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\")
        }
    }

    /// True when the folder is absent or empty.
    private static func checkOwnership(_ root: String) throws(OutputError) -> Bool {
        guard FileSystem.isDirectory(root) else { return true }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        if !entries.isEmpty && !entries.contains(marker) { throw .notKartaOutput }
        return entries.isEmpty
    }

    private static func makeDirectories(for paths: [String], root: String) throws(OutputError) {
        var ancestors: [String] = []
        var prefix = root.hasPrefix("/") ? "/" : ""
        for part in root.split(separator: "/") {
            prefix += part
            ancestors.append(prefix)
            prefix += "/"
        }
        try makeFolders(ancestors, reportedAs: root)
        guard FileSystem.isDirectory(root) else { throw .writeFailed(root, reason: SystemErrorText.russian(errno: ENOTDIR)) }
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(root + "/" + parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        // Sorted, so that parents come first.
        try makeFolders(folders.sorted())
    }

    /// Plain mkdir of each folder in order; one that exists is fine.
    private static func makeFolders(_ folders: [String], reportedAs name: String? = nil) throws(OutputError) {
        for folder in folders where mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw .writeFailed(name ?? folder, reason: SystemErrorText.russian(errno: errno))
        }
    }

    /// Writes the file unless its bytes are already there; true when it was written.
    public func write(_ file: OutputFile) throws(OutputError) -> Bool {
        guard Self.isSafe(file.path) else { throw .unsafePath(file.path) }
        let path = root + "/" + file.path
        // The size first: most changed pages are told apart without reading them.
        if !fresh, FileLister.size(of: path) == file.bytes.count, FileLister.bytes(path) == file.bytes { return false }
        let temporary = root + "/" + Self.dirname(file.path) + ".karta-" + Self.basename(file.path) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .writeFailed(file.path, reason: SystemErrorText.russian(errno: errno)) }
        var offset = 0
        while offset < file.bytes.count {
            let count = file.bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard count > 0 else {
                let code = count < 0 ? errno : ENOSPC
                close(descriptor)
                unlink(temporary)
                throw .writeFailed(file.path, reason: SystemErrorText.russian(errno: code))
            }
            offset += count
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .writeFailed(file.path, reason: SystemErrorText.russian(errno: code))
        }
        return true
    }

    private static func dirname(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    private static func basename(_ path: String) -> String {
        path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
    }

    /// Removes files not in `keeping` (hidden files other than karta's temp files stay), then empty folders.
    private static func removeStale(keeping: Set<String>, root: String) -> Int {
        var removed = 0
        var folders: [String] = []
        walk(root, relative: "") { relative, isDirectory in
            let path = root + "/" + relative
            if isDirectory { folders.append(path); return }
            let name = basename(relative)
            if relative == marker || (name.hasPrefix(".") && !name.hasPrefix(".karta-")) || keeping.contains(relative) { return }
            if unlink(path) == 0 { removed += 1 }
        }
        for folder in folders.sorted(by: >) { rmdir(folder) }
        return removed
    }

    /// Every entry under `folder` with readdir's file type (no stat per entry).
    private static func walk(_ folder: String, relative: String, _ visit: (String, Bool) -> Void) {
        guard let directory = opendir(folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            var isDirectory = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) { isDirectory = FileSystem.isDirectory(folder + "/" + name) }
            visit(child, isDirectory)
            if isDirectory { walk(folder + "/" + name, relative: child, visit) }
        }
    }
}
