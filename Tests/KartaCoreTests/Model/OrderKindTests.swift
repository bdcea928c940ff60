import KartaCore
import Testing

struct OrderKindTests {
    /// The document's word as written, the act it names, and the requisites other documents take
    /// from an order of that kind (issuer «РОО», 05.09.2025 № 118).
    @Test(
        arguments: [
            (
                "ПРИКАЗ", OrderKind.Act.order, "Приказ", ["Приложение 2", "к приказу РОО", "от 05.09.2025 № 118"],
                "приказом РОО"
            ),
            (
                "П Р И К А З", .order, "П р и к а з", ["Приложение 2", "к приказу РОО", "от 05.09.2025 № 118"],
                "приказом РОО"
            ),
            (
                "Распоряжение", .instruction, "Распоряжение",
                ["Приложение 2", "к распоряжению РОО", "от 05.09.2025 № 118"], "распоряжением РОО"
            ),
            (
                "ПОСТАНОВЛЕНИЕ", .resolution, "Постановление",
                ["Приложение 2", "к постановлению РОО", "от 05.09.2025 № 118"], "постановлением РОО"
            ),
            ("решение", .decision, "Решение", ["Приложение 2", "к решению РОО", "от 05.09.2025 № 118"], "решением РОО"),
            ("УКАЗ", .other, "Указ", ["Приложение 2", "к приказу РОО", "от 05.09.2025 № 118"], "приказом РОО")
        ] as [(String, OrderKind.Act, String, [String], String)])
    func aKindKeepsItsWordAndAgreesInGrammar(
        _ word: String, _ act: OrderKind.Act, _ name: String,
        _ mark: [String], _ stamp: String
    ) {
        var order = Order(slug: "prikaz", file: "orders/prikaz.md", title: "Об утверждении")
        order.kind = OrderKind(word: word)
        order.shortIssuer = "РОО"
        order.number = "118"
        order.date = LocalDate(year: 2025, month: 9, day: 5)
        #expect(order.kind.act == act)
        #expect(order.kind.word == word)
        #expect(order.kind.name == name)
        #expect(order.appendixMark(2) == mark)
        #expect(order.approvalLines == [stamp, "от 05.09.2025 № 118"])
    }

    /// The only appendix is not numbered (ГОСТ Р 7.0.97; seed 004), and without a short issuer the
    /// mark names the act alone.
    @Test func theOnlyAppendixIsNotNumbered() {
        var order = Order(slug: "prikaz", file: "orders/prikaz.md", title: "Об утверждении")
        order.number = "7"
        order.date = LocalDate(year: 2024, month: 1, day: 9)
        #expect(order.appendixMark(nil) == ["Приложение", "к приказу", "от 09.01.2024 № 7"])
        #expect(order.approvalLines == ["приказом", "от 09.01.2024 № 7"])
    }
}
