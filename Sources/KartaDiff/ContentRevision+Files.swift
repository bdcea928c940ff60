import Foundation
import KartaCore

extension ContentRevision {
    /// Every file of the content folder karta reads or publishes, by path relative to it, with its
    /// git object id (so that an attachment is compared without reading it): one `ls-tree` for a
    /// revision, one `hash-object` for the working tree.
    func fileIDs(content: String) throws(DiffError) -> [String: String] {
        let content = FileSystem.folder(content)
        switch self {
        case .working:
            let paths = FileSystem.files(under: content).filter { !ContentLoader.isPassedOver($0) }
            guard !paths.isEmpty else { return [:] }
            // Absolute paths: with a repository, git reads them from its top folder.
            let absolute = FileSystem.canonical(content)
            let output = try Git(folder: content).run(["hash-object", "--stdin-paths"],
                                                      input: Data(paths.map { "\(absolute)/\($0)\n" }.joined().utf8))
            let ids = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
            guard ids.count == paths.count else { throw .gitFailed("hash-object") }
            return Dictionary(uniqueKeysWithValues: zip(paths, ids))
        case .git(let revision):
            let (repository, folder, commit) = try Self.locate(revision, content: content)
            let listing = try repository.run(["ls-tree", "-r", "-z", commit, "--", folder.isEmpty ? "." : folder])
            var ids: [String: String] = [:]
            // Each entry: «<mode> <type> <id>\t<path>».
            for entry in String(decoding: listing, as: UTF8.self).split(separator: "\0") {
                guard let tab = entry.firstIndex(of: "\t") else { continue }
                let fields = entry[..<tab].split(separator: " "), path = String(entry[entry.index(after: tab)...])
                guard fields.count == 3, fields[1] == "blob", path.hasPrefix(folder) else { continue }
                let relative = String(path.dropFirst(folder.count))
                if !ContentLoader.isPassedOver(relative) { ids[relative] = String(fields[2]) }
            }
            return ids
        }
    }
}
