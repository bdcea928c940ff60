import Foundation
import KartaCore

extension ContentRevision {
    /// A version of the content folder as `karta diff` compares it.
    struct Snapshot {
        /// The files karta decodes, by path relative to the content folder (`texts(content:)`).
        var texts: [String: Result<String, Diagnostic>]
        /// The monitoring tables' bytes, by the same paths.
        var tables: [String: [UInt8]] = [:]
        /// Every file karta reads or publishes, with its git object id, so that an attachment is
        /// compared without reading it; empty unless asked for.
        var ids: [String: String]
    }

    /// The folder listed once — one walk of the working tree, or one `ls-tree` of a revision — and
    /// its texts and, when `ids`, its files' object ids (one `hash-object` for the working tree).
    func snapshot(content: String, ids withIDs: Bool) throws(DiffError) -> Snapshot {
        let content = FileSystem.folder(content)
        switch self {
        case .working:
            let paths = FileSystem.files(under: content).filter { !ContentLoader.isPassedOver($0) }
            var texts: [String: Result<String, Diagnostic>] = [:], tables: [String: [UInt8]] = [:]
            for relative in paths where ContentLoader.isModelFile(relative) {
                texts[relative] = FileSystem.text(content + "/" + relative)
            }
            for relative in paths where ContentLoader.isMonitoringTable(relative) {
                tables[relative] = FileSystem.bytes(content + "/" + relative)
            }
            return Snapshot(
                texts: texts, tables: tables, ids: withIDs ? try Self.hashes(of: paths, in: content) : [:])
        case .git(let revision):
            let (repository, listing) = try Self.files(at: revision, content: content)
            let (texts, tables) = try Self.contents(of: listing, in: repository, content: content)
            return Snapshot(
                texts: texts, tables: tables,
                ids: withIDs
                    ? Dictionary(listing.map { ($0.relative, $0.id) }, uniquingKeysWith: { first, _ in first }) : [:])
        }
    }

    /// The object ids git would give the working tree's files.
    private static func hashes(of paths: [String], in content: String) throws(DiffError) -> [String: String] {
        guard !paths.isEmpty else { return [:] }
        // Absolute paths: with a repository, git reads them from its top folder.
        let absolute = FileSystem.canonical(content)
        let output = try Git(folder: content).run(
            ["hash-object", "--stdin-paths"],
            input: Data(paths.map { "\(absolute)/\($0)\n" }.joined().utf8))
        let ids = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        guard ids.count == paths.count else { throw .gitFailed("hash-object") }
        return Dictionary(uniqueKeysWithValues: zip(paths, ids))
    }
}
