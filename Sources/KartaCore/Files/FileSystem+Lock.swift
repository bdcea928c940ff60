import Foundation

extension FileSystem {
    /// What `lock` found.
    public enum LockAttempt: Sendable {
        /// Held through this descriptor until `unlock`, or until the process ends.
        case held(Int32)
        /// Another process holds it.
        case busy
        /// The lock file could not be made (a read-only folder): no lock to take.
        case unavailable
    }

    /// An exclusive `flock` on the file at `path` (made, with its folders, when missing), taken at
    /// once or not at all. The system releases it when the process ends, however it ends.
    public static func lock(_ path: String) -> LockAttempt {
        try? makeFolders(parent(of: path))
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return .unavailable }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            close(descriptor)
            return busy ? .busy : .unavailable
        }
        return .held(descriptor)
    }

    public static func unlock(_ descriptor: Int32) {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
