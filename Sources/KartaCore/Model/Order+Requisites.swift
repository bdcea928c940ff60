/// The requisites other documents take from an order, per ГОСТ Р 7.0.97: the same lines on the
/// page, in the order's Word document and in a roadmap's own document.
extension Order {
    /// «от 05.09.2025 № 118».
    public var dateAndNumber: String {
        "от \(date?.russianNumeric ?? "") № \(number)"
    }

    /// An appendix's mark: «Приложение 2», «к приказу РОО», «от 05.09.2025 № 118».
    /// - Parameter number: nil for the only appendix, which is not numbered (seed 004).
    public func appendixMark(_ number: Int?) -> [String] {
        let act = kind.act.dative
        return [
            number.map { "Приложение \($0)" } ?? "Приложение",
            shortIssuer.isEmpty ? "к \(act)" : "к \(act) \(shortIssuer)", dateAndNumber
        ]
    }

    /// How the approval stamp of a document this order approves names it: «приказом РОО»,
    /// «от 05.09.2025 № 118».
    public var approvalLines: [String] {
        ["\(kind.act.instrumental) \(shortIssuer)".trimming(" "), dateAndNumber]
    }
}
