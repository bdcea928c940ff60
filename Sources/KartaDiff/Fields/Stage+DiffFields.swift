import KartaCore

extension Stage: DiffFielded {
    static let diffFields: [DiffField<Stage>] = [
        .text("название", "title") { $0.title },
        .text("срок", "when") { $0.when }
    ]
    static let notCompared = ["events": "мероприятия сравниваются по номерам (ContentDiff.measures)"]
}
