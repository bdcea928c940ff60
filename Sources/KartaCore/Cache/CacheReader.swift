/// Reads what `CacheWriter` wrote; any inconsistency throws `CacheReader.Damaged`, and the caller
/// then decodes the sources instead.
public struct CacheReader: ~Copyable {
    public struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// The content file whose decoded values are being read: the file of its locations.
    var file = ""

    public init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset == bytes.count }

    mutating func byte() throws(Damaged) -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    public mutating func int() throws(Damaged) -> Int {
        var raw: UInt64 = 0, shift: UInt64 = 0
        while true {
            let byte = try byte()
            guard shift < 64 else { throw Damaged() }
            raw |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1))
    }

    /// A count or length: not negative and not past the end of the data.
    public mutating func count() throws(Damaged) -> Int {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    public mutating func bool() throws(Damaged) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw Damaged()
        }
    }

    public mutating func string() throws(Damaged) -> String {
        let count = try count()
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    public mutating func fixed() throws(Damaged) -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    public mutating func skip(_ count: Int) throws(Damaged) {
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        offset += count
    }

    mutating func value<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(Damaged) -> Value {
        try Value(from: &self)
    }

    mutating func optional<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(Damaged) -> Value? {
        try bool() ? try Value(from: &self) : nil
    }

    mutating func array<Value: CacheCodable>(_ type: Value.Type = Value.self) throws(Damaged) -> [Value] {
        let count = try count()
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try Value(from: &self)) }
        return values
    }
}
