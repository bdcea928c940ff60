/// A roadmap as of a date: each measure with its understood term and state.
public struct RoadmapStatus: Sendable {
    public struct Item: Sendable {
        public var event: Event
        public var state: EventState
        /// The HTML id of its table row, unique in the roadmap: «event-1-3».
        public var anchor: String
        public var schedule: Schedule { event.schedule }
    }

    public struct StageStatus: Sendable {
        public var stage: Stage
        public var items: [Item]
        public var progress: Progress
    }

    public var roadmap: Roadmap
    public var asOf: LocalDate
    public var stages: [StageStatus]
    public var progress: Progress

    public init(_ roadmap: Roadmap, asOf: LocalDate) {
        self.roadmap = roadmap
        self.asOf = asOf
        var total = Progress()
        var anchors = EventAnchors()
        stages = roadmap.stages.map { stage in
            let items = stage.events.map { event in
                Item(
                    event: event, state: EventState(status: event.status, schedule: event.schedule, asOf: asOf),
                    anchor: anchors.next(for: event.id))
            }
            let progress = Progress(items.map(\.state))
            total.add(progress)
            return StageStatus(stage: stage, items: items, progress: progress)
        }
        progress = total
        items = stages.flatMap(\.items)
    }

    /// Every measure in document order.
    public let items: [Item]

    /// The measures that concern a school, as indices into `items`: those listing it, or all when
    /// the roadmap lists it and the measure names no school.
    public func indices(concerning school: String) -> [Int] {
        let roadmapConcerns = roadmap.schools.contains { $0.value == school }
        return items.indices.filter { index in
            let schools = items[index].event.schools
            return schools.isEmpty ? roadmapConcerns : schools.contains { $0.value == school }
        }
    }
}
