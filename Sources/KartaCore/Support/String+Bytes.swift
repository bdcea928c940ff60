extension String {
    /// Whether any byte of the UTF-8 satisfies `predicate`, looked at in place: String's UTF-8
    /// view goes byte by byte through its index, several times slower on texts that are
    /// looked at whole (every title of every page, every value of the open data).
    public func containsByte(where predicate: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: predicate) } ?? utf8.contains(where: predicate)
    }
}
