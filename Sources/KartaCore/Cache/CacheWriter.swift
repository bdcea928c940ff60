/// Writes values into the compact binary form of karta's caches: integers as zig-zag varints,
/// strings as their length and UTF-8 bytes. Locations in the file being written are stored
/// without the file's path, which the reader supplies.
public struct CacheWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}
    /// The content file whose decoded values are being written.
    var file = ""

    public mutating func int(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    public mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    public mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    public mutating func fixed(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    mutating func value(_ value: some CacheCodable) {
        value.write(to: &self)
    }

    mutating func optional<Value: CacheCodable>(_ value: Value?) {
        bool(value != nil)
        if let value { value.write(to: &self) }
    }

    mutating func array<Value: CacheCodable>(_ values: [Value]) {
        int(values.count)
        for value in values { value.write(to: &self) }
    }
}

extension CacheWriter {
    /// Appends what another writer wrote.
    mutating func append(_ other: CacheWriter) {
        bytes.append(contentsOf: other.bytes)
    }
}
