import Foundation
import KartaCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the site: only files whose bytes changed, each atomically (temp file + rename, no fsync),
/// then removes files that no longer belong to it.
public enum SiteWriter {
    /// Marks a folder as karta's own, so that stale files may be removed from it.
    public static let marker = ".karta"
    static let markerText = "Эта папка создана karta; файлы, которых нет на сайте, удаляются при сборке.\n"

    /// - Parameter keeping: paths written by others (PDFs) that are not stale.
    public static func write(_ files: [OutputFile], to root: String, keeping: Set<String> = []) throws(OutputError) -> WriteSummary {
        let root = root.hasSuffix("/") ? String(root.dropLast()) : root
        try checkOwnership(root)
        for file in files where !isSafe(file.path) { throw .unsafePath(file.path) }
        try makeDirectories(for: files.map(\.path), root: root)

        let outcomes = files.parallelMap { file in
            Result { () throws(OutputError) -> Bool in try writeIfChanged(file, root: root) }
        }
        var summary = WriteSummary()
        for outcome in outcomes {
            switch outcome {
            case .success(let written): if written { summary.written += 1 }
            case .failure(let error): throw error
            }
        }
        summary.unchanged = files.count - summary.written
        summary.removed = removeStale(keeping: Set(files.map(\.path)).union(keeping), root: root)
        _ = try writeIfChanged(OutputFile(path: marker, text: markerText), root: root)
        return summary
    }

    /// Relative, no `..`, no empty or hidden segments.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\\")
        }
    }

    private static func checkOwnership(_ root: String) throws(OutputError) {
        guard FileSystem.isDirectory(root) else { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        if !entries.isEmpty && !entries.contains(marker) { throw .notKartaOutput }
    }

    private static func makeDirectories(for paths: [String], root: String) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(root, reason: error.localizedDescription)
        }
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(root + "/" + parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        // Sorted, so that parents come first; plain mkdir, an existing folder is fine.
        for folder in folders.sorted() where mkdir(folder, 0o755) != 0 && errno != EEXIST {
            throw .writeFailed(folder, reason: String(cString: strerror(errno)))
        }
    }

    /// True when the file was written, false when its bytes were already there.
    private static func writeIfChanged(_ file: OutputFile, root: String) throws(OutputError) -> Bool {
        let path = root + "/" + file.path
        if let existing = FileManager.default.contents(atPath: path), existing.elementsEqual(file.bytes) {
            return false
        }
        let temporary = root + "/" + dirname(file.path) + ".karta-" + basename(file.path) + ".tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw .writeFailed(file.path, reason: String(cString: strerror(errno))) }
        var offset = 0
        while offset < file.bytes.count {
            let count = file.bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard count > 0 else {
                close(descriptor)
                unlink(temporary)
                throw .writeFailed(file.path, reason: String(cString: strerror(errno)))
            }
            offset += count
        }
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .writeFailed(file.path, reason: String(cString: strerror(errno)))
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
