import KartaCore

extension ColumnCaptions: DiffFielded {
    static let diffFields: [DiffField<ColumnCaptions>] = [
        .text("столбец номера", "number") { $0.number },
        .text("столбец мероприятия", "title") { $0.title },
        .text("столбец сроков", "when") { $0.when },
        .text("столбец ответственных", "responsible") { $0.responsible },
        .text("столбец результата", "result") { $0.result },
        .text("порядок столбцов", "order") { $0.order.map { $0.rawValue }.joined(separator: ", ") }
    ]
}
