import Foundation

/// Names templates asked for that no view model had, by template (see `TracedContext`).
final class UnknownNames: @unchecked Sendable {
    private let lock = NSLock()
    private var pairs: Set<[String]> = []

    func record(_ name: String, in template: String) {
        lock.lock()
        pairs.insert([template, name])
        lock.unlock()
    }

    /// Sorted by template, then name.
    var all: [(template: String, name: String)] {
        lock.lock()
        defer { lock.unlock() }
        return pairs.sorted { $0.lexicographicallyPrecedes($1) }.map { ($0[0], $0[1]) }
    }
}
