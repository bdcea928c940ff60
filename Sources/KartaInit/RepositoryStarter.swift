import Foundation
import KartaCore

/// `karta init`: a content repository that builds at once — `content/` with a commented
/// `site.yml` and its folders, `.gitignore`, a README of the daily commands, and CI for GitLab and
/// GitHub (`ci/karta.sh` and the two files that call it).
///
/// It writes into a new folder, an empty one (a fresh clone's `.git` aside), or a content
/// repository that lacks some of these files; it never replaces a file. Everything is written to
/// a hidden folder inside the target first and then renamed into place, so a failure leaves
/// nothing behind.
public enum RepositoryStarter {
    /// What a run wrote.
    public struct Report: Sendable, Equatable {
        /// Relative to the repository, sorted.
        public var written: [String] = []
        /// Files of the starter that were already there and were left as they are.
        public var kept: [String] = []
        /// The folder is a git repository already.
        public var isGitRepository = false
    }

    public static func create(in target: String, files: [StarterFile] = StarterFile.all) -> Result<Report, Diagnostic> {
        let folder = FileSystem.folder(target)
        let location = SourceLocation(file: folder)
        guard !folder.isEmpty else { return .failure(InitError.emptyName.at(location)) }
        if FileSystem.entryExists(folder) {
            guard FileSystem.isDirectory(folder) else { return .failure(InitError.notAFolder.at(location)) }
            let entries = FileSystem.list(folder, hidden: true).filter { $0 != ".git" }
            if !entries.isEmpty, !FileSystem.isRegularFile(folder + "/content/site.yml") {
                return .failure(
                    InitError.notEmpty(entries: Array(entries.prefix(3)), total: entries.count).at(location))
            }
        }
        var report = Report()
        let missing = files.filter { file in
            let exists = FileSystem.entryExists(folder + "/" + file.path)
            if exists { report.kept.append(file.path) }
            return !exists
        }
        var made = Made()
        do throws(SystemError) {
            try made.folders(folder, inside: nil)
            try write(missing, into: folder, made: &made)
        } catch {
            made.undo()
            return .failure(InitError.cannotWrite(reason: error.reason).at(location))
        }
        report.written = missing.map(\.path)
        report.isGitRepository = FileSystem.entryExists(folder + "/.git")
        return .success(report)
    }

    /// Writes the files to a hidden folder in `folder`, then renames each into place.
    private static func write(_ files: [StarterFile], into folder: String, made: inout Made) throws(SystemError) {
        let staging = try FileSystem.temporaryFolder(prefix: ".karta-init", in: folder)
        defer { FileSystem.removeTree(staging) }
        for file in files {
            let path = staging + "/" + file.path
            try FileSystem.makeFolders(FileSystem.parent(of: path))
            try FileSystem.write(file.bytes, to: path)
            if file.isScript { try FileSystem.makeExecutable(path) }
        }
        for file in files {
            let path = folder + "/" + file.path
            try made.folders(FileSystem.parent(of: path), inside: folder)
            try FileSystem.move(staging + "/" + file.path, to: path)
            made.files.append(path)
        }
    }

    /// What a run made, to take back if a later step fails.
    private struct Made {
        var files: [String] = []
        var folders: [String] = []

        /// Makes `path` and the folders above it that are missing, below `root` when given.
        mutating func folders(_ path: String, inside root: String?) throws(SystemError) {
            var missing: [String] = []
            var current = FileSystem.folder(path)
            while !current.isEmpty, current != root, !FileSystem.entryExists(current) {
                missing.append(current)
                current = FileSystem.parent(of: current)
            }
            for folder in missing.reversed() {
                try FileSystem.makeFolder(folder)
                folders.append(folder)
            }
            guard FileSystem.isDirectory(path) else { throw SystemError(errno: ENOTDIR) }
        }

        func undo() {
            for file in files.reversed() { FileSystem.remove(file) }
            for folder in folders.reversed() { FileSystem.removeEmptyFolder(folder) }
        }
    }
}
