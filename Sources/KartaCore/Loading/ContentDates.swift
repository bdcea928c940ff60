import Foundation

/// The date each content file last changed, for «Обновлено» on the pages made of it. In a git
/// working tree it is the date of the last commit that changed the file — one `git log` for the
/// whole folder, so the same commit gives the same pages on any machine — unless the file has
/// changes not yet committed (or is not tracked); then, and outside git, the date the file was
/// last modified.
public struct ContentDates: Sendable {
    /// By the path used in diagnostics (the content folder as given, then the relative path).
    public var byFile: [String: LocalDate] = [:]
    /// Read from a shallow clone: files last changed before its oldest commit get that commit's date.
    public var shallow = false

    /// - Parameter files: each content file's path relative to `root`, and its stamp when known.
    static func read(root: String, files: [(relative: String, stamp: FileStamp?)]) -> ContentDates {
        var dates = ContentDates()
        let history = History.read(folder: root)
        dates.shallow = history?.shallow ?? false
        for (relative, stamp) in files {
            let date =
                history.flatMap { $0.uncommitted.contains(relative) ? nil : $0.lastCommit[relative] }
                ?? stamp.map { modificationDate($0) }
            if let date { dates.byFile[root + "/" + relative] = date }
        }
        return dates
    }

    /// The day a file was last modified, in the machine's time zone.
    static func modificationDate(_ stamp: FileStamp) -> LocalDate {
        LocalDate(Date(timeIntervalSince1970: TimeInterval(stamp.seconds)))
    }

    /// What git knows of the folder, in three calls for the whole folder.
    struct History {
        /// By path relative to the folder: the committer's date of the last commit that changed it.
        var lastCommit: [String: LocalDate] = [:]
        /// Paths relative to the folder with changes not committed, or not tracked.
        var uncommitted: Set<String> = []
        var shallow = false

        /// Nil outside a git working tree, or without git.
        static func read(folder: String) -> History? {
            guard let git = FileSystem.executable(named: ["git"]),
                let place = run(git, ["rev-parse", "--is-shallow-repository", "--show-prefix"], in: folder)
            else { return nil }
            let lines = place.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard lines.count >= 2,
                let log = run(
                    git, ["log", "--format=@@%cs", "-z", "--name-only", "--no-renames", "--relative", "--", "."],
                    in: folder),
                let status = run(
                    git, ["status", "--porcelain", "-z", "--untracked-files=all", "--no-renames", "--", "."],
                    in: folder)
            else { return nil }
            var history = History(shallow: lines[0] == "true")
            var date: LocalDate?
            for token in log.split(separator: "\0") {
                let field = token.drop { $0 == "\n" }
                if field.hasPrefix("@@") {
                    date = LocalDate(parsing: String(field.dropFirst(2)))
                } else if let date, history.lastCommit[String(field)] == nil {
                    history.lastCommit[String(field)] = date
                }
            }
            // `XY path`, relative to the repository's top: the folder's prefix is taken off.
            let prefix = lines[1]
            for entry in status.split(separator: "\0") where entry.count > 3 {
                let path = String(entry.dropFirst(3))
                if path.hasPrefix(prefix) { history.uncommitted.insert(String(path.dropFirst(prefix.count))) }
            }
            return history
        }

        private static func run(_ git: String, _ arguments: [String], in folder: String) -> String? {
            guard let finished = try? ChildProcess.run(git, arguments, in: folder, timeout: 60),
                finished.status == 0
            else { return nil }
            return String(decoding: finished.output, as: UTF8.self)
        }
    }
}
