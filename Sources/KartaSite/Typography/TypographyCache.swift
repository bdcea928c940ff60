import Foundation

/// Remembers typeset front-matter texts: the same measure title appears on the roadmap page,
/// its report, its order and every school page, and is typeset once.
final class TypographyCache: @unchecked Sendable {
    static let shared = TypographyCache()

    private let lock = NSLock()
    private var entries: [String: String] = [:]
    /// Bounded so that a long-running process does not grow without end.
    private let capacity = 500_000

    func typeset(_ text: String) -> String {
        lock.lock()
        if let cached = entries[text] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let result = RussianTypography.apply(text)
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[text] = result
        lock.unlock()
        return result
    }
}
