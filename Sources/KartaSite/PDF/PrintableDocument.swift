import KartaCore

/// A printable page and the PDF written beside it by `karta build --pdf`.
struct PrintableDocument: Sendable {
    let html: String
    let pdf: String

    static func all(in content: Content) -> [PrintableDocument] {
        content.orders.map { PrintableDocument(html: OrderView.path($0.slug), pdf: "orders/\($0.slug)/order.pdf") }
            + content.roadmaps.map { PrintableDocument(html: ReportView.path($0.slug), pdf: "roadmaps/\($0.slug)/report.pdf") }
    }
}
