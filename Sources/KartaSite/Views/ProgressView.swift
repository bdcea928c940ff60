import KartaCore

/// The counts and percentage of a `Progress`, for templates.
enum ProgressView {
    static func context(_ progress: Progress) -> ContextNode {
        [
            "percent": progress.percent,
            "done": progress.count(.done),
            "relevant": progress.relevant,
            "total": progress.total,
            "summary": "выполнено \(progress.count(.done)) из \(Format.plural(progress.relevant, "мероприятия", "мероприятий", "мероприятий"))",
            "states": EventState.allCases.map { state in
                ["state": state.rawValue, "label": state.russianLabel, "count": progress.count(state)] as ContextNode
            },
            "hasOverdue": progress.count(.overdue) > 0,
            "overdue": progress.count(.overdue),
        ]
    }
}
