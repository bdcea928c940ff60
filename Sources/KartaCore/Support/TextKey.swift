import Foundation

/// A string as a dictionary key, hashed and compared by its UTF-8 bytes. `String`'s own hashing
/// normalises non-ASCII text (NFC) on every lookup, which made the caches of Russian text slow;
/// here two keys are equal only when their bytes are, which is all a cache needs.
public struct TextKey: Hashable, Sendable {
    public let text: String

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        self.text = text
    }

    public func hash(into hasher: inout Hasher) {
        Self.withBytes(text) { hasher.combine(bytes: $0) }
    }

    public static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        guard lhs.text.utf8.count == rhs.text.utf8.count else { return false }
        return withBytes(lhs.text) { left in
            withBytes(rhs.text) { right in
                left.count == 0 || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
    }

    private static func withBytes<R>(_ text: String, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        text.utf8.withContiguousStorageIfAvailable { body(UnsafeRawBufferPointer($0)) }
            ?? Array(text.utf8).withUnsafeBytes(body)
    }
}
