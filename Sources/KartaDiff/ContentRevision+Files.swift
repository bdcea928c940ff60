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
            return Dictionary(try Self.files(at: revision, content: content).1.map { ($0.relative, $0.id) },
                              uniquingKeysWith: { first, _ in first })
        }
    }
}
