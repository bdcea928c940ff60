import Foundation

/// Remembers understood terms: the same «в течение года» appears in many measures and roadmaps.
final class ScheduleCache: @unchecked Sendable {
    static let shared = ScheduleCache()

    private struct Key: Hashable {
        let text: String
        let period: Period
    }

    private let lock = NSLock()
    private var entries: [Key: Schedule] = [:]
    private let capacity = 200_000

    func schedule(for text: String, period: Period, parse: () -> Schedule) -> Schedule {
        let key = Key(text: text, period: period)
        lock.lock()
        if let cached = entries[key] {
            lock.unlock()
            return cached
        }
        lock.unlock()
        let schedule = parse()
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = schedule
        lock.unlock()
        return schedule
    }
}
