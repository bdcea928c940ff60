import KartaCore

extension Indicator: DiffFielded {
    static let diffFields: [DiffField<Indicator>] = [
        .text("код", "id") { $0.id },
        .text("название", "title") { $0.title },
        .text("единица", "unit") { $0.unit },
        .text("лучше", "better") { $0.better == .lower ? "меньше — лучше" : "больше — лучше" },
        .text("цель", "target") { $0.target.map { "цель " + IndicatorNumber.format($0) } ?? "" },
        .text("срок цели", "by") { $0.by.map { "к " + $0.russianNumeric } ?? "" }
    ]
    static let notCompared = ["location": "место в файле"]
}
