import Foundation

/// A value shared between threads, reached only through `withLock`.
///
/// karta's one lock: every piece of state that render workers share (counters, logs, caches) is
/// a `Locked`, so that no other type needs `@unchecked Sendable`. (`Synchronization.Mutex` would
/// do the same but needs macOS 15; the package supports macOS 13.)
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    public init(_ value: Value) {
        self.value = value
    }

    /// Runs `body` with the value while holding the lock; keep it short and never call back into
    /// the same `Locked` from it.
    public func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}
