import Dispatch

extension Array where Element: Sendable {
    /// `map` on all cores; the results keep the order of the elements.
    public func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        // Each result is initialised in place in the array's own storage: nothing is left behind
        // to release (a buffer of optionals, once deallocated without being deinitialised, kept
        // every result of every call alive — the preview server grew with each rebuild).
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer.baseAddress!
            DispatchQueue.concurrentPerform(iterations: count) { index in
                (slots + index).initialize(to: transform(self[index]))
            }
            initialized = count
        }
    }
}
