import KartaCore

/// A link to an order, with its date and number as printed.
enum OrderLink {
    static func context(_ order: Order, root: String) -> ContextNode {
        [
            "href": root + "orders/\(order.slug)/index.html",
            "label": Format.text("\(order.kind.capitalizedFirst) от \(order.date?.russianNumeric ?? "") № \(order.number) «\(order.title)»"),
        ]
    }
}
