import Foundation

/// A file written in pieces and put in place at once: the pieces go to a hidden temporary file
/// beside it (`.karta-<name>.tmp`), which `commit` renames over the path — a reader sees the old
/// file or the new one, never half of one. Not committed, the temporary file is removed. No fsync.
public final class FileSink {
    private let path: String
    private let temporary: String
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    private var committed = false
    /// Written to the file whenever the buffer passes it.
    private static let chunk = 1 << 16

    public init(path: String) throws(SystemError) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        temporary = folder + ".karta-" + name + ".tmp"
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw SystemError(errno: errno) }
    }

    deinit {
        if !committed {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporary)
        }
    }

    public func write(_ text: some StringProtocol) throws(SystemError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.chunk { try flush() }
    }

    public func write(_ bytes: UnsafeBufferPointer<UInt8>) throws(SystemError) {
        try flush()
        try writeAll(bytes)
    }

    /// Writes what is left and puts the file in place.
    public func commit() throws(SystemError) {
        try flush()
        close(descriptor)
        descriptor = -1
        guard rename(temporary, path) == 0 else { throw SystemError(errno: errno) }
        committed = true
    }

    private func flush() throws(SystemError) {
        guard !buffer.isEmpty else { return }
        let result: Result<Void, SystemError> = buffer.withUnsafeBufferPointer { bytes in
            Result { () throws(SystemError) in try writeAll(bytes) }
        }
        try result.get()
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws(SystemError) {
        try Platform.writeAll(descriptor, UnsafeRawBufferPointer(bytes))
    }
}
