import Foundation

/// The `.karta` file of an output folder: it marks the folder as karta's own and records, for
/// each page, the fingerprint of what it was made from and its size, so that a rebuild skips
/// pages whose sources did not change.
struct BuildManifest: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var fingerprint: String
        var size: Int
    }

    static let header = "# Эта папка создана karta; файлы, которых нет на сайте, удаляются при сборке."
    var entries: [String: Entry] = [:]

    init(entries: [String: Entry] = [:]) {
        self.entries = entries
    }

    /// The manifest of an earlier build; empty when there is none or it cannot be read.
    init(contentsOf path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 2)
            guard parts.count == 3, let size = Int(parts[1]) else { continue }
            entries[String(parts[2])] = Entry(fingerprint: String(parts[0]), size: size)
        }
    }

    /// Byte-stable: entries sorted by path.
    var text: String {
        ([Self.header] + entries.keys.sorted().map { "\(entries[$0]!.fingerprint) \(entries[$0]!.size) \($0)" })
            .joined(separator: "\n") + "\n"
    }
}
