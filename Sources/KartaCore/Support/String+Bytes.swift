import Foundation

extension String {
    /// Whether any byte of the UTF-8 satisfies `predicate`, looked at in place: String's UTF-8
    /// view goes byte by byte through its index, several times slower on texts that are
    /// looked at whole (every title of every page, every value of the open data).
    public func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }

    /// Every occurrence of `target` replaced, found with `memchr` and `memcmp` on the UTF-8; the text itself when
    /// there is none. Foundation's `replacingOccurrences` searches as NSString does, and a page's
    /// HTML is searched whole.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        var text = self, target = target
        text.makeContiguousUTF8()
        target.makeContiguousUTF8()
        guard !target.isEmpty else { return self }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            target.utf8.withContiguousStorageIfAvailable { needle in
                guard let base = bytes.baseAddress, let pattern = needle.baseAddress else { return self }
                var out: [UInt8] = []
                var start = 0
                // The next place the needle's first byte is, then the rest compared; nil past the end.
                func find(from offset: Int) -> Int? {
                    var offset = offset
                    while let at = bytes.firstIndex(of: needle[0], from: offset), at + needle.count <= bytes.count {
                        if memcmp(base + at, pattern, needle.count) == 0 { return at }
                        offset = at + 1
                    }
                    return nil
                }
                while let at = find(from: start) {
                    if out.isEmpty { out.reserveCapacity(bytes.count + 64) }
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<at]))
                    out.append(contentsOf: replacement.utf8)
                    start = at + needle.count
                }
                guard start > 0 else { return self }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
                return String(decoding: out, as: UTF8.self)
            }!
        }!
    }
}
