import KartaCore

extension Person: DiffFielded {
    static let diffFields: [DiffField<Person>] = [
        .text("имя", "name") { $0.name },
        .text("должность", "position") { $0.position },
        .text("организация", "organization") { $0.organization }
    ]
}
