#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The system calls that differ between Linux and macOS; nothing else in karta names a platform.
enum Platform {
    /// `write(2)`, spelled out because `FileSystem` has a `write` of its own.
    static func write(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, buffer.baseAddress, buffer.count)
        #else
        Darwin.write(descriptor, buffer.baseAddress, buffer.count)
        #endif
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
    static func startWatching() -> Int32? {
        #if os(Linux)
        let descriptor = inotify_init1(Int32(IN_CLOEXEC))
        return descriptor >= 0 ? descriptor : nil
        #else
        nil
        #endif
    }

    /// Watches a folder for files written, created, moved in or out, or deleted.
    static func watch(_ descriptor: Int32, folder: String) {
        #if os(Linux)
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_DELETE_SELF)
        _ = inotify_add_watch(descriptor, folder, mask)
        #endif
    }

    /// Blocks until something happens in a watched folder; false when the instance is closed.
    static func waitForChange(_ descriptor: Int32) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        #if canImport(Glibc)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
        #else
        let count = buffer.withUnsafeMutableBytes { Darwin.read(descriptor, $0.baseAddress, $0.count) }
        #endif
        return count > 0
    }
}
