import Foundation
import KartaCore

/// Recursive, sorted listings of folders; hidden files are skipped.
enum FileLister {
    /// Relative paths of all regular files under `root`, sorted; empty when it does not exist.
    static func files(under root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var result: [String] = []
        for case let relative as String in enumerator {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            // A symbolic link could bring in a file from outside the content folder: never copied.
            if isSymbolicLink("\(root)/\(relative)") { continue }
            if !FileSystem.isDirectory("\(root)/\(relative)") { result.append(relative) }
        }
        return result.sorted()
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil
    }

    /// The size of a file, nil when there is none.
    static func size(of path: String) -> Int? {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : nil
    }

    static func bytes(_ path: String) -> [UInt8] {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
    }
}
