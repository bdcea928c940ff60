import Foundation

extension UnsafeBufferPointer where Element == UInt8 {
    /// The first index at or after `offset` where `byte` is, found with `memchr`: content files and
    /// pages are searched whole, and a Swift loop over the bytes is several times slower.
    func firstIndex(of byte: UInt8, from offset: Int) -> Int? {
        guard offset >= 0, offset < count, let base = baseAddress,
            let found = memchr(base + offset, Int32(byte), count - offset)
        else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
