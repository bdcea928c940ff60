extension Roadmap {
    /// The roadmap as its own records say it stood on a past day: a measure done after that day
    /// was still in progress then. (`RoadmapStatus` takes `done` as entered: a report dated before
    /// it warns instead.)
    public func asItStood(on date: LocalDate) -> Roadmap {
        var roadmap = self
        for stage in roadmap.stages.indices {
            for event in roadmap.stages[stage].events.indices {
                guard let done = roadmap.stages[stage].events[event].done, done > date else { continue }
                roadmap.stages[stage].events[event].status = .inProgress
                roadmap.stages[stage].events[event].done = nil
            }
        }
        return roadmap
    }
}
