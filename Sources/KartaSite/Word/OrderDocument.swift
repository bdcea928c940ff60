import KartaWord

/// An order with its appendices as an editable Word document (`--docx`): the requisites and text
/// as on the printed page, each appendix from a new page with its mark and stamp, a roadmap of five
/// or more columns on landscape pages.
enum OrderDocument {
    /// The mark and stamp block: 75 mm wide at the right margin, as on the printed page.
    static let markWidth = 75.0

    static func docx(_ page: OrderPage) -> [UInt8] {
        var writer = WordWriter()
        requisites(page, into: &writer)
        for block in HTMLBlocks.blocks(page.body.text) {
            if block.text.hasSuffix(":"), block.text == block.text.uppercased() {
                writer.paragraph(block.text, style: spaced(.plain(), before: 6, after: 6))  // «ПРИКАЗЫВАЮ:»
            } else {
                writer.paragraph(block.text, style: block.kind == .heading ? spaced(.plain(.center, bold: true), after: 6) : .body)
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
        if case .roadmap(let table) = appendix.content { wide = table.headers.count >= 4 }
        writer.newSection(landscape: wide)
        var mark = WordStyle.plain()
        mark.leftIndent = writer.textWidth - markWidth
        mark.size = 12
        writer.paragraph(appendix.markLines.joined(separator: "\n"), style: mark)
        if !appendix.stampLines.isEmpty {
            mark.spaceBefore = 12
            writer.paragraph(appendix.stampLines.joined(separator: "\n"), style: mark)
        }
        writer.paragraph(appendix.title, style: spaced(.plain(.center, bold: true), before: 12, after: 12))
        switch appendix.content {
        case .roadmap(let table):
            var rows: [[String]] = []
            for stage in table.stages {
                if !stage.title.isEmpty { rows.append([stage.title + (stage.when.isEmpty ? "" : " (\(stage.when))")]) }
                rows += stage.rows.map { [$0.id] + $0.cells.map(\.text) }
            }
            let widths = table.headers.map { header -> Double in
                switch header.column {
                case "title": 4
                case "when": 2
                case "responsible": 2.5
                default: 3.5
                }
            }
            writer.table(header: [table.numberCaption] + table.headers.map(\.caption), rows: rows, widths: [1] + widths)
        case .curators(let rows):
            writer.table(header: OrderPage.curatorCaptions,
                         rows: rows.map { [$0.index, $0.school, $0.responsible, $0.people.joined(separator: "\n")] },
                         widths: [1, 3, 3, 4])
        case .methodists(let rows):
            writer.table(header: OrderPage.methodistCaptions,
                         rows: rows.map { [$0.index, $0.school, $0.people.joined(separator: "\n")] }, widths: [1, 3, 5])
        case .file(_, let label, _):
            writer.paragraph("\(appendix.title) (\(label))", style: .plain())
        }
    }

    private static func spaced(_ style: WordStyle, before: Double = 0, after: Double = 0) -> WordStyle {
        var style = style
        style.spaceBefore = before
        style.spaceAfter = after
        return style
    }
}
