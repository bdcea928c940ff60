/// What changed in a roadmap's progress since an earlier version of it, for the monitoring
/// report's «Изменения с …»: measures done since, measures overdue now that were not then, terms
/// rewritten. Measures are the same across versions by number (by title when they have none).
public struct StatusChanges: Sendable {
    public struct Moved: Sendable {
        public let item: RoadmapStatus.Item
        /// The term as it was.
        public let before: String
    }

    public var done: [RoadmapStatus.Item] = []
    public var newlyOverdue: [RoadmapStatus.Item] = []
    public var termsMoved: [Moved] = []

    public var isEmpty: Bool { done.isEmpty && newlyOverdue.isEmpty && termsMoved.isEmpty }

    /// - Parameters:
    ///   - before: the roadmap at the earlier version, its states as of that version's date; nil
    ///     when it did not exist then (every measure done or overdue now is new).
    ///   - now: the roadmap as it is.
    public init(before: RoadmapStatus?, now: RoadmapStatus) {
        var earlier: [String: RoadmapStatus.Item] = [:]
        for item in before?.items ?? [] where earlier[item.event.identity] == nil {
            earlier[item.event.identity] = item
        }
        for item in now.items {
            let then = earlier[item.event.identity]
            if item.state == .done, then?.state != .done { done.append(item) }
            if item.state == .overdue, then?.state != .overdue { newlyOverdue.append(item) }
            if let then, then.event.when != item.event.when {
                termsMoved.append(Moved(item: item, before: then.event.when))
            }
        }
    }
}
