import KartaCore

extension Event: DiffFielded {
    static let diffFields: [DiffField<Event>] = [
        DiffField(
            label: "статус", properties: ["status", "done"],
            compare: { old, new in
                old.status == new.status && old.done == new.done ? [] : ["статус: \(status(old)) → \(status(new))"]
            }, text: status),
        .text("название", "title") { $0.title },
        .text("срок", "when") { $0.when },
        .text("ответственные", "responsible") { $0.responsible },
        .text("результат", "result") { $0.result },
        .list("подтверждение", "evidence") { $0.evidence.map(\.diffText) },
        .list("школа", "schools") { $0.schools.map(\.value) },
        .text("профиль риска", "riskProfile") { $0.riskProfile ?? "" }
    ]
    static let notCompared = [
        "id": "номер; по нему мероприятия сопоставляются", "location": "место в файле",
        "whenLocation": "место в файле", "schedule": "выводится из срока (when)"
    ]

    static func status(_ event: Event) -> String {
        let label = event.status.russianLabel
        return event.done.map { "\(label) \($0.russianNumeric)" } ?? label
    }
}
