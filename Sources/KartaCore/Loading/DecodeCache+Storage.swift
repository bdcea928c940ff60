import Foundation

extension DecodeCache {
    /// `<parent of the content folder>/.karta-cache/<content folder name>.decoded`, beside the
    /// build manifest: never inside the content (which is under version control) or the output.
    static func path(forContent content: String) -> String {
        let url = URL(fileURLWithPath: content).standardizedFileURL
        return url.deletingLastPathComponent().appendingPathComponent(".karta-cache")
            .appendingPathComponent(url.lastPathComponent + ".decoded").path
    }

    /// The first line: the format and the karta executable that wrote it. A cache of another
    /// executable (another version, a rebuilt one) is not read: its model may differ.
    private static var header: String { "karta-decoded 1 \(FileSystem.executableStamp ?? "unknown")\n" }

    /// The cache saved for a content folder; empty when there is none or it cannot be read.
    public static func load(forContent content: String) -> DecodeCache {
        let bytes = FileSystem.bytes(path(forContent: content))
        let header = Array(Self.header.utf8)
        guard bytes.count > header.count, bytes.starts(with: header) else { return DecodeCache() }
        return
            (try? bytes.withUnsafeBytes { buffer throws(CacheReader.Damaged) in
                try read(buffer, from: header.count, root: FileSystem.folder(content))
            }) ?? DecodeCache()
    }

    /// Entries, then their values decoded on all cores.
    private static func read(
        _ buffer: UnsafeRawBufferPointer, from offset: Int,
        root: String
    ) throws(CacheReader.Damaged) -> DecodeCache {
        var reader = CacheReader(buffer, from: offset)
        var heads: [(path: String, stamp: FileStamp, fingerprint: Fingerprint, kind: Int, offset: Int)] = []
        while !reader.isAtEnd {
            let path = try reader.string()
            let stamp = FileStamp(
                size: try reader.int(), seconds: try reader.int(), nanoseconds: try reader.int(),
                inode: try reader.fixed())
            let fingerprint = Fingerprint(value: try reader.fixed())
            let kind = try reader.int()
            let length = try reader.count()
            heads.append((path, stamp, fingerprint, kind, reader.offset))
            try reader.skip(length)
        }
        nonisolated(unsafe) let shared = buffer
        let values = heads.parallelMap { head -> DecodedFile.Value? in
            var reader = CacheReader(shared, from: head.offset)
            reader.file = root + "/" + head.path
            return try? DecodedFile.Value(kind: head.kind, from: &reader)
        }
        var cache = DecodeCache()
        for (head, value) in zip(heads, values) {
            guard let value else { throw CacheReader.Damaged() }
            cache.entries[head.path] = Entry(stamp: head.stamp, fingerprint: head.fingerprint, value: value)
        }
        return cache
    }

    /// Saves the cache when it changed; a cache that cannot be written only costs decoding next time.
    /// Locations are stored relative: paths are restored with the content folder as then given.
    public mutating func save(forContent content: String) {
        guard changed else { return }
        changed = false
        var writer = CacheWriter()
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            writer.string(path)
            writer.int(entry.stamp.size)
            writer.int(entry.stamp.seconds)
            writer.int(entry.stamp.nanoseconds)
            writer.fixed(entry.stamp.inode)
            writer.fixed(entry.fingerprint.value)
            var payload = CacheWriter()
            payload.file = entry.value.file
            entry.value.write(to: &payload)
            writer.int(entry.value.kind)
            writer.int(payload.bytes.count)
            writer.append(payload)
        }
        let path = Self.path(forContent: content)
        try? FileSystem.makeFolders(FileSystem.parent(of: path))
        try? FileSystem.write(Array(Self.header.utf8) + writer.bytes, to: path)
    }
}
