import KartaSite

/// A link to an order as lists name it: «Приказ от 05.09.2025 № 118 «Об утверждении …»».
enum OrderLinkPartial {
    static func render(_ link: OrderLink) -> HTML {
        "<a href=\"\(link.href)\">\(typeset: "\(link.kind) от \(link.date) № \(link.number) «\(link.title)»")</a>"
    }
}
