import KartaCore

/// Writes the site: only files whose bytes changed, each atomically (temp file + rename, no fsync;
/// into a new folder, in place), then removes files that no longer belong to it. Pages can be
/// written while others are still being rendered: `write(_:)` may be called from many threads at once.
public struct SiteWriter: Sendable {
    /// Marks a folder as karta's own, so that stale files may be removed from it.
    public static let marker = ".karta"
    static let markerText = "Эта папка создана karta; файлы, которых нет на сайте, удаляются при сборке.\n"

    let root: String
    /// The folder was absent or empty: there is nothing on disk to compare a file with.
    let fresh: Bool

    /// Checks that the folder is karta's (or empty) and that every path stays inside it, and
    /// creates the folders of `paths`. A new folder is marked as karta's before any page is
    /// written, so that a build that stops half-way (a full disk) can be repaired by the next.
    public init(root: String, paths: [String]) throws(OutputError) {
        let root = FileSystem.folder(root)
        self.root = root
        fresh = try Self.checkOwnership(root)
        for path in paths where !Self.isSafe(path) { throw .unsafePath(path) }
        if FileSystem.isSymbolicLink(root), !FileSystem.entryExists(root + "/.") { throw .danglingLink(root) }
        do throws(SystemError) {
            try FileSystem.makeFolders(root)
        } catch {
            throw .writeFailed(root, reason: error.reason)
        }
        // The marker before anything else: a build stopped after it (Ctrl-C) leaves a folder the
        // next build knows as its own.
        if fresh { _ = try write(OutputFile(path: Self.marker, text: Self.markerText)) }
        try Self.makeDirectories(for: paths, root: root)
    }

    /// Writes `files` and removes stale files in one go.
    /// - Parameter keeping: paths written by others (PDFs) that are not stale.
    public static func write(_ files: [OutputFile], to root: String, keeping: Set<String> = []) throws(OutputError)
        -> WriteSummary
    {
        let writer = try SiteWriter(root: root, paths: files.map(\.path))
        let (written, error) = writer.write(all: files)
        if let error { throw error }
        let removed = try writer.finish(keeping: Set(files.map(\.path)).union(keeping))
        return WriteSummary(written: written.count, unchanged: files.count - written.count, removed: removed)
    }

    /// Writes `files` on all cores: how many were written (the others were already there), and
    /// the first failure.
    public func write(all files: [OutputFile]) -> (written: [String], error: OutputError?) {
        var written: [String] = []
        var failure: OutputError?
        for (file, outcome) in zip(
            files, files.parallelMap({ file in Result { () throws(OutputError) -> Bool in try write(file) } }))
        {
            switch outcome {
            case .success(let wrote): if wrote { written.append(file.path) }
            case .failure(let error): failure = failure ?? error
            }
        }
        return (written, failure)
    }

    /// Removes the files not in `keeping` and marks the folder as karta's; returns how many were removed.
    /// - Parameter previous: every file of the folder, when known: only those not kept are removed,
    ///   without a walk of the folder.
    public func finish(keeping: Set<String>, previous: Set<String>? = nil) throws(OutputError) -> Int {
        if let previous, !fresh {
            let stale = previous.subtracting(keeping)
            for path in stale { FileSystem.remove(root + "/" + path) }
            Self.removeEmptyFolders(above: stale, root: root)
            return stale.count
        }
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

    /// True when the folder is absent or empty. The marker counts only as the regular file karta
    /// writes: a folder or link named `.karta`, or a file of other text, is the user's.
    private static func checkOwnership(_ root: String) throws(OutputError) -> Bool {
        guard FileSystem.isDirectory(root) else { return true }
        let entries = FileSystem.list(root, hidden: true)
        if entries.isEmpty { return true }
        let path = root + "/" + marker
        guard FileSystem.isRegularFile(path),
            FileSystem.bytes(path).starts(with: markerText.utf8.prefix(40))
        else { throw .notKartaOutput }
        return false
    }

    private static func makeDirectories(for paths: [String], root: String) throws(OutputError) {
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(root + "/" + parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        // Sorted, so that parents come first. A link inside the output (`files` → elsewhere) would
        // take the writes out of the folder: refused, never followed.
        for folder in folders.sorted() {
            if FileSystem.isSymbolicLink(folder) { throw .linkInOutput(String(folder.dropFirst(root.count + 1))) }
            do throws(SystemError) {
                try FileSystem.makeFolder(folder)
            } catch {
                throw .writeFailed(folder, reason: error.reason)
            }
        }
    }

    /// Writes the file unless its bytes are already there; true when it was written.
    public func write(_ file: OutputFile) throws(OutputError) -> Bool {
        guard Self.isSafe(file.path) else { throw .unsafePath(file.path) }
        let path = root + "/" + file.path
        // The size first: most changed pages are told apart without reading them.
        if !fresh, FileSystem.size(of: path) == file.bytes.count, FileSystem.bytes(path) == file.bytes { return false }
        do throws(SystemError) {
            // A new folder has no reader yet and no old file to keep whole: written in place.
            if fresh { try FileSystem.create(file.bytes, at: path) } else { try FileSystem.write(file.bytes, to: path) }
        } catch {
            throw .writeFailed(file.path, reason: error.reason)
        }
        return true
    }

    /// The folders that held `removed` files, deepest first, if they are empty now: a page that
    /// is gone leaves no folder a build from scratch would not make.
    private static func removeEmptyFolders(above removed: Set<String>, root: String) {
        var folders = Set<String>()
        for path in removed {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                folders.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        for folder in folders.sorted(by: { $0.count > $1.count }) { FileSystem.removeEmptyFolder(root + "/" + folder) }
    }

    /// Removes files not in `keeping` (hidden files other than karta's temp files stay), then empty folders.
    private static func removeStale(keeping: Set<String>, root: String) -> Int {
        var removed = 0
        var folders: [String] = []
        FileSystem.walk(root) { relative, kind in
            let path = root + "/" + relative
            if kind == .folder { folders.append(path); return }
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if relative == marker || (name.hasPrefix(".") && !name.hasPrefix(".karta-")) || keeping.contains(relative) {
                return
            }
            if FileSystem.remove(path) { removed += 1 }
        }
        for folder in folders.sorted(by: >) { FileSystem.removeEmptyFolder(folder) }
        return removed
    }
}
