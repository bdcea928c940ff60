import KartaWord

/// An order with its appendices as an editable Word document (`--docx`): the requisites and text
/// as on the printed page, each appendix from a new page with its mark and stamp, a roadmap of five
/// or more columns on landscape pages.
enum OrderDocument {
    static func docx(_ page: OrderPage) -> [UInt8] {
        var writer = WordWriter()
        requisites(page, into: &writer)
        for block in page.bodyBlocks {
            if block.text.hasSuffix(":"), block.text == block.text.uppercased() {
                writer.paragraph(block.text, style: spaced(.plain(), before: 6, after: 6))  // «ПРИКАЗЫВАЮ:»
            } else {
                writer.paragraph(
                    block.text, style: block.kind == .heading ? spaced(.plain(.center, bold: true), after: 6) : .body)
            }
        }
        if let signatory = page.signatory {
            var style = spaced(.plain(), before: 36)
            style.rightTab = true
            writer.paragraph("\(signatory.position)\t\(signatory.name)", style: style)
        }
        if !page.preparedBy.isEmpty {
            var style = spaced(.plain(), before: 36)
            style.size = 12
            writer.paragraph("Приказ подготовил: \(page.preparedBy)", style: style)
        }
        for appendix in page.appendices { self.appendix(appendix, into: &writer) }
        // An in-memory zip of a few parts cannot fail short of memory; nothing else could be written then.
        return (try? writer.data()).map(Array.init) ?? []
    }

    private static func requisites(_ page: OrderPage, into writer: inout WordWriter) {
        writer.paragraph(page.issuer.joined(separator: "\n"), style: spaced(.plain(.center, bold: true), after: 12))
        writer.paragraph(page.kind, style: spaced(.plain(.center, bold: true), after: 12))
        var dateLine = spaced(.plain(), after: 6)
        dateLine.rightTab = true
        writer.paragraph("\(page.date)\t\(page.number)", style: dateLine)
        if !page.place.isEmpty { writer.paragraph(page.place, style: spaced(.plain(.center), after: 12)) }
        writer.paragraph(page.title, style: spaced(.plain(.left, bold: true), before: 6, after: 12))
    }

    private static func appendix(_ appendix: OrderPage.Appendix, into writer: inout WordWriter) {
        var wide = false
        if case .roadmap(let table) = appendix.content { wide = table.isWide }
        writer.newSection(landscape: wide)
        writer.markBlock(appendix.markLines, stamp: appendix.stampLines)
        writer.paragraph(appendix.title, style: spaced(.plain(.center, bold: true), before: 12, after: 12))
        switch appendix.content {
        case .roadmap(let table):
            writer.measuresTable(table)
        case .curators(let rows):
            writer.table(
                header: OrderPage.curatorCaptions,
                rows: rows.map { [$0.index, $0.school, $0.responsible, $0.people.joined(separator: "\n")] },
                widths: [1, 3, 3, 4])
        case .methodists(let rows):
            writer.table(
                header: OrderPage.methodistCaptions,
                rows: rows.map { [$0.index, $0.school, $0.people.joined(separator: "\n")] }, widths: [1, 3, 5])
        case .file(_, let label, _):
            writer.paragraph("\(appendix.title) (\(label))", style: .plain())
        }
    }

    static func spaced(_ style: WordStyle, before: Double = 0, after: Double = 0) -> WordStyle {
        var style = style
        style.spaceBefore = before
        style.spaceAfter = after
        return style
    }
}
