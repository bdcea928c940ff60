import Foundation
import KartaCore

/// The content folder as it is in a git revision, or in the working tree.
public enum ContentRevision: Sendable, Hashable {
    case working
    case git(String)

    /// «HEAD», «рабочая копия».
    public var name: String {
        switch self {
        case .working: "рабочая копия"
        case .git(let revision): revision
        }
    }

    /// The texts of the content files karta decodes, by path relative to the content folder; a
    /// file that is not UTF-8 is there with its error, so that it reads as «Не прочитано», not as
    /// removed.
    func texts(content: String) throws(DiffError) -> [String: Result<String, Diagnostic>] {
        try snapshot(content: content, ids: false).texts
    }

    /// The commit a revision names; a name that git does not know (or that would read as an
    /// option) is an unknown revision.
    static func commit(_ revision: String, git: Git) throws(DiffError) -> String {
        guard !revision.hasPrefix("-"), !revision.isEmpty else { throw .unknownRevision(revision) }
        do {
            let output = try git.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])
            return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw .unknownRevision(revision)
        }
    }

    /// The texts of the files of a revision's listing that karta decodes, and the bytes of its
    /// monitoring tables: one `cat-file --batch` for all, asked by object id (a file name may hold
    /// a line break, which would end a request).
    static func contents(
        of listing: [(relative: String, id: String)], in repository: Git,
        content: String
    ) throws(DiffError) -> (texts: [String: Result<String, Diagnostic>], tables: [String: [UInt8]]) {
        let wanted = listing.filter {
            ContentLoader.isModelFile($0.relative) || ContentLoader.isMonitoringTable($0.relative)
        }
        guard !wanted.isEmpty else { return ([:], [:]) }
        let batch = try repository.run(["cat-file", "--batch"], input: Data(wanted.map { "\($0.id)\n" }.joined().utf8))
        var texts: [String: Result<String, Diagnostic>] = [:], tables: [String: [UInt8]] = [:]
        var offset = batch.startIndex
        for file in wanted {
            // Each answer: «<id> blob <size>», a line break, the bytes, a line break.
            guard let newline = batch[offset...].firstIndex(of: 10) else { break }
            let header = String(decoding: batch[offset..<newline], as: UTF8.self).split(separator: " ")
            offset = newline + 1
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), offset + size <= batch.endIndex
            else { continue }
            let bytes = Array(batch[offset..<(offset + size)])
            offset += size + 1
            if ContentLoader.isMonitoringTable(file.relative) {
                tables[file.relative] = bytes
            } else {
                texts[file.relative] = SourceText.decode(bytes, file: content + "/" + file.relative)
            }
        }
        return (texts, tables)
    }

    /// Every file of the content folder at a revision, relative to it, with its object id, from
    /// one `ls-tree -z`; the files karta passes over (an editor's own, hidden) are left out.
    static func files(at revision: String, content: String) throws(DiffError) -> (Git, [(relative: String, id: String)])
    {
        let (repository, folder, commit) = try locate(revision, content: content)
        let listing = try repository.run(["ls-tree", "-r", "-z", commit, "--", folder.isEmpty ? "." : folder])
        var files: [(relative: String, id: String)] = []
        // Each entry: «<mode> <type> <id>\t<path>».
        for entry in String(decoding: listing, as: UTF8.self).split(separator: "\0") {
            guard let tab = entry.firstIndex(of: "\t") else { continue }
            let fields = entry[..<tab].split(separator: " "), path = String(entry[entry.index(after: tab)...])
            guard fields.count == 3, fields[1] == "blob", path.hasPrefix(folder) else { continue }
            let relative = String(path.dropFirst(folder.count))
            if !ContentLoader.isPassedOver(relative) { files.append((relative, String(fields[2]))) }
        }
        return (repository, files)
    }

    /// The repository's top folder to run git in, the content folder's path in it (with a final
    /// `/`, or empty at the top) and the revision's commit.
    static func locate(_ revision: String, content: String) throws(DiffError) -> (
        repository: Git, folder: String, commit: String
    ) {
        let git = Git(folder: existingFolder(content))
        let top = String(decoding: try git.run(["rev-parse", "--show-toplevel"]), as: UTF8.self).trimmingCharacters(
            in: .newlines)
        let inside = FileSystem.canonical(content).dropFirst(FileSystem.canonical(top).count).drop { $0 == "/" }
        return (Git(folder: top), inside.isEmpty ? "" : String(inside) + "/", try commit(revision, git: git))
    }

    /// A folder that exists at or above `path`, for git to run in: the content folder may be
    /// absent from the working tree (it was deleted, or renamed).
    static func existingFolder(_ path: String) -> String {
        var folder = FileSystem.canonical(path)
        while !FileSystem.isDirectory(folder), folder != "/" { folder = FileSystem.parent(of: folder) }
        return folder
    }
}

extension ContentRevision {
    /// The content at a git revision as an earlier version for `karta build --since`: its
    /// roadmaps, its commit and the commit's day.
    public static func earlierVersion(_ revision: String, content: String) throws(DiffError) -> EarlierVersion {
        let snapshot = try ContentRevision.git(revision).snapshot(content: content, ids: false)
        let git = Git(folder: existingFolder(content))
        let commit = try commit(revision, git: git)
        let day = String(decoding: try git.run(["log", "-1", "--format=%cs", commit]), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard let date = LocalDate(parsing: day) else { throw .gitFailed("нет даты коммита «\(revision)»") }
        let loaded = ContentLoader.decode(ContentSources(root: content, read: snapshot.texts, tables: snapshot.tables))
        return EarlierVersion(
            name: revision, commit: commit, date: date, roadmaps: loaded.content.roadmaps,
            schools: loaded.content.schools, rounds: loaded.content.rounds)
    }
}
