/// FNV-1a over 64 bits: a stable fingerprint of a text or of what a page is made from (not for security).
public struct Fingerprint: Hashable, Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// A fingerprint saved earlier (`value`).
    public init(value: UInt64) {
        self.value = value
    }

    /// The bytes themselves, not as text: an .xlsx is mostly bytes that are not UTF-8, which
    /// decoding would turn into the same replacement character whatever they were.
    public init(of bytes: [UInt8]) {
        self.init()
        bytes.withUnsafeBufferPointer { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    public init(of text: String) {
        add(text)
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The bytes, then their count.
    private mutating func add(bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        add(UInt64(bytes.count))
    }

    public mutating func add(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) {
            value = (value ^ ((number >> UInt64(shift)) & 0xFF)) &* 0x0000_0100_0000_01B3
        }
    }

    public mutating func add(_ other: Fingerprint) { add(other.value) }

    /// 16 lowercase hex digits.
    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
