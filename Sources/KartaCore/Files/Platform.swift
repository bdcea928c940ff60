#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import Foundation

/// The system calls that differ between Linux and macOS; nothing else in karta names a platform.
public enum Platform {
    /// `write(2)`, spelled out because `FileSystem` has a `write` of its own.
    static func write(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, buffer.baseAddress, buffer.count)
        #else
            Darwin.write(descriptor, buffer.baseAddress, buffer.count)
        #endif
    }

    /// Everything left to read from a descriptor, to its end. A read interrupted by a signal is
    /// tried again: Foundation's `readDataToEndOfFile` traps on `EINTR` instead.
    public static func readToEnd(_ descriptor: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }

    /// Seconds and nanoseconds of the last modification, as `stat(2)` reports them.
    static func modificationTime(_ info: stat) -> (seconds: Int, nanoseconds: Int) {
        #if canImport(Darwin)
            (Int(info.st_mtimespec.tv_sec), Int(info.st_mtimespec.tv_nsec))
        #else
            (Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec))
        #endif
    }

    /// The running executable's file (not a symbolic link to it, where the system can tell).
    static var executablePath: String {
        #if os(Linux)
            "/proc/self/exe"
        #else
            Bundle.main.executablePath ?? CommandLine.arguments[0]
        #endif
    }

    /// An inotify instance (Linux), or nil where there is none: the watcher then polls.
    public static func startWatching() -> Int32? {
        #if os(Linux)
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            return descriptor >= 0 ? descriptor : nil
        #else
            nil
        #endif
    }

    /// Watches a folder for files written, created, moved in or out, or deleted; the watch's
    /// number, which the events name, or nil when it could not be added.
    public static func watch(_ descriptor: Int32, folder: String) -> Int32? {
        #if os(Linux)
            let mask = UInt32(
                IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_DELETE_SELF)
            let watch = inotify_add_watch(descriptor, folder, mask)
            return watch >= 0 ? watch : nil
        #else
            nil
        #endif
    }

    /// One inotify event: the watch, what happened, and the name of the entry in the watched folder.
    public struct WatchEvent: Sendable {
        public let watch: Int32
        /// A folder was made or moved in: it must be watched too.
        public let isNewFolder: Bool
        /// The kernel dropped events: what changed is unknown.
        public let overflowed: Bool
        public let name: String
    }

    /// The events that happened in watched folders; blocks until there is one when `wait`, else
    /// returns at once (empty when there is none). Nil when the instance is closed.
    public static func readEvents(_ descriptor: Int32, wait: Bool) -> [WatchEvent]? {
        #if os(Linux)
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard wait || poll(&ready, 1, 0) > 0 else { return [] }
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            var events: [WatchEvent] = []
            var offset = 0
            // struct inotify_event: wd, mask, cookie, len, then len bytes of name padded with NULs.
            while offset + 16 <= count {
                let field = { (at: Int) in
                    buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset + at, as: UInt32.self) }
                }
                let mask = field(4), length = Int(field(12))
                let name = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                events.append(
                    WatchEvent(
                        watch: Int32(bitPattern: field(0)),
                        isNewFolder: mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0,
                        overflowed: mask & UInt32(IN_Q_OVERFLOW) != 0,
                        name: String(decoding: name, as: UTF8.self)))
                offset += 16 + length
            }
            return events
        #else
            nil
        #endif
    }
}
