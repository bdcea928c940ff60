import KartaCore

extension SchoolDocument: DiffFielded {
    static let diffFields: [DiffField<SchoolDocument>] = [
        .text("вид", "kind") { $0.kind.rawValue },
        .text("название", "title") { $0.title },
        .text("файл", "href") { $0.href },
        .text("дата", "date") { $0.date?.russianNumeric ?? "" },
        .text("профиль риска", "riskProfile") { $0.riskProfile ?? "" },
        .text("подписанная копия", "signed") { $0.signed.map { "подписанная копия " + $0.value } ?? "" }
    ]
    static let notCompared = ["location": "место в файле"]
}
