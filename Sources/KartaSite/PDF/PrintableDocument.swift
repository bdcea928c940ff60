import KartaCore

/// A printable page and the PDF written beside it by `karta build --pdf`.
struct PrintableDocument: Sendable {
    let html: String
    let pdf: String

    static func all(in site: ResolvedSite) -> [PrintableDocument] {
        site.orders.map { PrintableDocument(html: $0.paths.page, pdf: $0.paths.pdf) }
            + site.meetings.map { PrintableDocument(html: $0.paths.page, pdf: $0.paths.pdf) }
            + site.roadmaps.flatMap {
                [
                    PrintableDocument(html: $0.paths.document, pdf: $0.paths.pdf),
                    PrintableDocument(html: $0.paths.report, pdf: $0.paths.reportPDF)
                ]
            }
    }
}
