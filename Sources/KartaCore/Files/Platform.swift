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

    /// Writes every byte (a write may take only part, or be interrupted by a signal).
    static func writeAll(_ descriptor: Int32, _ buffer: UnsafeRawBufferPointer) throws(SystemError) {
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
            if count > 0 {
                offset += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                throw SystemError(errno: count < 0 ? errno : ENOSPC)
            }
        }
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

    /// A pipe whose ends are closed in programs karta starts (each of those gets its own copy).
    ///
    /// Made close-on-exec at once where the C library can (`pipe2`): another thread's program
    /// started between `pipe` and `fcntl` (the test runner's, a library's) would keep the write
    /// end open, and the read would wait for that program to end.
    static func makePipe() throws(SystemError) -> (read: Int32, write: Int32) {
        var ends: [Int32] = [-1, -1]
        if let pipe2 = cFunction("pipe2", Pipe2.self) {
            guard pipe2(&ends, O_CLOEXEC) == 0 else { throw SystemError(errno: errno) }
        } else {
            guard pipe(&ends) == 0 else { throw SystemError(errno: errno) }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        return (ends[0], ends[1])
    }

    private typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32

    /// Starts the program at `path` with its standard input, output and error on `standard`, in
    /// a process group of its own (so that it can be stopped with what it starts), with the
    /// signals karta serve ignores back at their defaults, and no other descriptor of karta
    /// open. Foundation's `Process` did this too, but kept every `Process` and its pipes for
    /// good: the preview server grew with each rebuild that asked git for dates.
    static func spawn(_ path: String, _ arguments: [String], folder: String?, standard: [Int32])
        -> Result<pid_t, SystemError>
    {
        #if canImport(Darwin)
            var actions: posix_spawn_file_actions_t? = nil
            var attributes: posix_spawnattr_t? = nil
        #else
            var actions = posix_spawn_file_actions_t()
            var attributes = posix_spawnattr_t()
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        for (target, source) in standard.enumerated() {
            posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
        }
        if let folder {
            guard let addChdir = cFunction("posix_spawn_file_actions_addchdir_np", Chdir.self),
                addChdir(&actions, folder) == 0
            else { return .failure(SystemError(errno: ENOSYS)) }
        }
        var flags = Int32(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK)
        #if canImport(Darwin)
            flags |= Int32(POSIX_SPAWN_CLOEXEC_DEFAULT)
        #else
            // Descriptors opened without close-on-exec (by libraries, say) are closed in the child.
            if let closeFrom = cFunction("posix_spawn_file_actions_addclosefrom_np", CloseFrom.self) {
                _ = closeFrom(&actions, 3)
            }
        #endif
        posix_spawnattr_setflags(&attributes, Int16(flags))
        posix_spawnattr_setpgroup(&attributes, 0)
        var defaults = sigset_t(), none = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGPIPE, SIGHUP, SIGQUIT, SIGCHLD] { sigaddset(&defaults, signal) }
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &none)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        return status == 0 ? .success(pid) : .failure(SystemError(errno: status))
    }

    #if canImport(Darwin)
        private typealias Chdir =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t?>, UnsafePointer<CChar>) -> Int32
        private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t?>, Int32) -> Int32
    #else
        private typealias Chdir =
            @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        private typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    #endif

    /// A function the C library has but Swift does not see (glibc declares `pipe2` and these
    /// `posix_spawn` actions only for `_GNU_SOURCE`): looked up by name, nil where there is none.
    private static func cFunction<F>(_ name: String, _ type: F.Type) -> F? {
        #if canImport(Darwin)
            let everywhere = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #else
            let everywhere: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT
        #endif
        guard let symbol = dlsym(everywhere, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    /// Waits for the child to end without reaping it, so that its pid is not reused while a
    /// timer may still stop its group; then `reap` takes its status.
    static func waitForExit(_ pid: pid_t) {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
    }

    /// The status of a child that has ended: its exit code, or 128 + the signal that stopped it.
    static func reap(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7f
        return signal == 0 ? (status >> 8) & 0xff : 128 + signal
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
