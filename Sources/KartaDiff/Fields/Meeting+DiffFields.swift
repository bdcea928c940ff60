import KartaCore

extension Meeting: DiffFielded {
    static let diffFields: [DiffField<Meeting>] = [
        .list("строка организации", "issuer") { $0.issuer },
        .text("вид совещания", "kind") { $0.kind },
        .text("заголовок", "title") { $0.title },
        .text("дата", "date") { $0.date?.russianNumeric ?? "" },
        .text("номер", "number") { $0.number },
        .text("место", "place") { $0.place },
        .nested("председатель", "chair") { $0.chair },
        .nested("секретарь", "secretary") { $0.secretary },
        .text("присутствовали", "attendees") { $0.attendees.diffText },
        .list("приглашённый", "invited") { $0.invited.map(\.diffText) },
        DiffField(
            label: "повестка", properties: ["agenda"],
            compare: { old, new in
                (0..<max(old.agenda.count, new.agenda.count)).flatMap { index -> [String] in
                    let a = old.agenda.indices.contains(index) ? old.agenda[index] : nil
                    let b = new.agenda.indices.contains(index) ? new.agenda[index] : nil
                    let name = "вопрос \(index + 1)"
                    switch (a, b) {
                    case (nil, let item?): return ["+ \(name): «\(item.title)»"] + item.decisionLines(number: index)
                    case (let item?, nil): return ["− \(name): «\(item.title)»"]
                    case (let a?, let b?):
                        return AgendaItem.differences(a, b).map { "\(name): \($0)" }
                            + AgendaItem.decisionChanges(a, b, number: index)
                    case (nil, nil): return []
                    }
                }
            }, text: { "\($0.agenda.count) вопр." }),
        .markdown("примечания", "body") { $0.body }
    ]
    static let notCompared = ["slug": "по нему совещания сопоставляются", "file": "имя файла; сопоставляются по адресу"]
}

extension Meeting.Attendees {
    var diffText: String {
        switch self {
        case .names(let names): names.joined(separator: ", ")
        case .count(let count): "\(count) чел."
        }
    }
}

extension AgendaItem: DiffFielded {
    static let diffFields: [DiffField<AgendaItem>] = [
        .text("вопрос", "title") { $0.title },
        .list("докладчик", "speakers") { $0.speakers },
        .markdown("слушали", "heard") { $0.heard },
        .list("выступили", "spoke") { $0.spoke.map { "\($0.name) – \($0.text)" } }
    ]
    static let notCompared = [
        "decisions": "сравниваются по номерам («решение 1.2»)", "location": "место в файле"
    ]

    /// Each decision added, removed or changed, by its number in the protocol.
    static func decisionChanges(_ old: AgendaItem, _ new: AgendaItem, number item: Int) -> [String] {
        (0..<max(old.decisions.count, new.decisions.count)).flatMap { index -> [String] in
            let name = "решение \(item + 1).\(index + 1)"
            let a = old.decisions.indices.contains(index) ? old.decisions[index] : nil
            let b = new.decisions.indices.contains(index) ? new.decisions[index] : nil
            switch (a, b) {
            case (nil, let decision?): return ["+ \(name): \(decision.diffText)"]
            case (let decision?, nil): return ["− \(name): «\(decision.text)»"]
            case (let a?, let b?): return Decision.differences(a, b).map { "\(name): \($0)" }
            case (nil, nil): return []
            }
        }
    }

    /// The decisions of an item added whole.
    func decisionLines(number item: Int) -> [String] {
        decisions.enumerated().map { "+ решение \(item + 1).\($0.offset + 1): \($0.element.diffText)" }
    }
}

extension Decision: DiffFielded {
    static let diffFields: [DiffField<Decision>] = [
        .text("текст", "text") { $0.text },
        .text("ответственный", "responsible") { $0.responsible },
        .text("срок", "due") { $0.due?.russianNumeric ?? "" },
        .text("статус", "status") { $0.status.russianLabel },
        .text("выполнено", "done") { $0.done?.russianNumeric ?? "" },
        .list("подтверждение", "evidence") { $0.evidence.map(\.diffText) },
        .text("дорожная карта", "roadmap") { $0.roadmap?.value ?? "" },
        .text("мероприятие", "measure") { $0.measure?.value ?? "" },
        .list("школа", "schools") { $0.schools.map(\.value) }
    ]
    static let notCompared = ["location": "место в файле"]
}
