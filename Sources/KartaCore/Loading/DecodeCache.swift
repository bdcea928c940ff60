/// Decoded content files, by their path relative to the content folder, each with the stamp of
/// the file it was decoded from: a file whose stamp is unchanged is neither read nor decoded
/// again. `karta build` keeps it on disk between runs (`DecodeCache+Storage`), `karta serve` in
/// memory between rebuilds.
///
/// Only files that decoded without any diagnostic are kept, so every diagnostic of a build comes
/// from a file read in that build, and a problem is never hidden by the cache.
public struct DecodeCache: Sendable {
    /// A class: entries pass through the read and decode phases of every build, and a decoded
    /// file is large to copy.
    final class Entry: Sendable {
        let stamp: FileStamp
        let fingerprint: Fingerprint
        let value: DecodedFile.Value

        init(stamp: FileStamp, fingerprint: Fingerprint, value: DecodedFile.Value) {
            self.stamp = stamp
            self.fingerprint = fingerprint
            self.value = value
        }
    }

    var entries: [String: Entry] = [:]
    /// Entries were added or dropped since the cache was loaded.
    var changed = false

    public init() {}

    public var count: Int { entries.count }

    /// The entry for a file whose stamp is still `stamp`.
    func entry(_ relative: String, stamp: FileStamp?) -> Entry? {
        guard let stamp, let entry = entries[relative], entry.stamp == stamp else { return nil }
        return entry
    }
}
