/// A value stored in karta's caches by hand-written code: explicit, fast, and versioned by the
/// karta executable that wrote it (a cache written by another build of karta is never read).
protocol CacheCodable {
    func write(to writer: inout CacheWriter)
    init(from reader: inout CacheReader) throws(CacheReader.Damaged)
}

extension String: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.string(self) }
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) { self = try reader.string() }
}

extension Int: CacheCodable {
    func write(to writer: inout CacheWriter) { writer.int(self) }
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) { self = try reader.int() }
}

/// Enumerations stored by their raw value.
extension CacheCodable where Self: RawRepresentable, RawValue == String {
    func write(to writer: inout CacheWriter) { writer.string(rawValue) }
    init(from reader: inout CacheReader) throws(CacheReader.Damaged) {
        guard let value = Self(rawValue: try reader.string()) else { throw CacheReader.Damaged() }
        self = value
    }
}
