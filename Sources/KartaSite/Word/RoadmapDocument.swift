import KartaWord

/// A roadmap as an editable Word document (`--docx`), laid out as its appendix to the order is:
/// the stamp at the right margin, the title, the table, on landscape pages when it is wide.
enum RoadmapDocument {
    static func docx(_ page: RoadmapDocumentPage) -> [UInt8] {
        var writer = WordWriter(landscape: page.table.isWide)
        writer.markBlock([], stamp: page.stampLines)
        writer.paragraph(page.title, style: OrderDocument.spaced(.plain(.center, bold: true), before: 12, after: 12))
        writer.measuresTable(page.table)
        // An in-memory zip of a few parts cannot fail short of memory; nothing else could be written then.
        return (try? writer.data()).map(Array.init) ?? []
    }
}
