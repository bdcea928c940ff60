/// A thread-safe memo of a pure function's results, emptied when it grows past `capacity`.
public struct BoundedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = Locked<[Key: Value]>([:])
    private let capacity: Int

    public init(capacity: Int) {
        self.capacity = capacity
    }

    /// The remembered value, or `make()`'s, remembered. `make` runs outside the lock, so two
    /// threads may both make a missing value; the function is pure, so either result will do.
    public func value(for key: Key, make: () -> Value) -> Value {
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let value = make()
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
        return value
    }
}
