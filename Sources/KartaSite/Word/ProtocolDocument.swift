import KartaWord

/// A meeting's protocol as an editable Word document (`--docx`), laid out as the printed page:
/// requisites, those present, the agenda, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ with numbered decisions,
/// the signatures, and the list of those present as an appendix when it is long.
enum ProtocolDocument {
    static func docx(_ page: MeetingPage) -> [UInt8] {
        var writer = WordWriter()
        requisites(page, into: &writer)
        if let chair = page.chair { writer.paragraph("Председатель – \(chair.name)", style: .plain()) }
        if let secretary = page.secretary { writer.paragraph("Секретарь – \(secretary.name)", style: .plain()) }
        let present = page.attendeeCount.isEmpty ? page.attendees.joined(separator: ", ") : page.attendeeCount
        if !present.isEmpty { writer.paragraph("Присутствовали: \(present)", style: .plain(.both)) }
        if !page.invited.isEmpty {
            writer.paragraph("Приглашённые:", style: .plain())
            for person in page.invited { writer.paragraph(person, style: .body) }
        }
        if !page.items.isEmpty {
            writer.paragraph("ПОВЕСТКА ДНЯ:", style: heading)
            for item in page.items {
                let speakers = item.speakers.isEmpty ? "" : "\n\(item.speakers)"
                writer.paragraph("\(item.number). \(item.title)\(speakers)", style: .body)
            }
        }
        for item in page.items { self.item(item, into: &writer) }
        for (role, person) in [("Председатель", page.chair), ("Секретарь", page.secretary)] {
            guard let person else { continue }
            var style = OrderDocument.spaced(.plain(), before: 36)
            style.rightTab = true
            writer.paragraph("\(role)\t\(person.name)", style: style)
        }
        if !page.attendeeAppendix.isEmpty {
            writer.newSection(landscape: false)
            writer.markBlock(["Приложение", "к протоколу от \(page.date) \(page.number)"], stamp: [])
            writer.paragraph(
                "Список присутствовавших",
                style: OrderDocument.spaced(.plain(.center, bold: true), before: 12, after: 12))
            for (number, name) in page.attendeeAppendix.enumerated() {
                writer.paragraph("\(number + 1). \(name)", style: .plain())
            }
        }
        // An in-memory zip of a few parts cannot fail short of memory; nothing else could be written then.
        return (try? writer.data()).map(Array.init) ?? []
    }

    private static let heading = OrderDocument.spaced(.plain(.left, bold: true), before: 12, after: 6)

    private static func requisites(_ page: MeetingPage, into writer: inout WordWriter) {
        let center = OrderDocument.spaced(.plain(.center, bold: true), after: 12)
        writer.paragraph(page.issuer.joined(separator: "\n"), style: center)
        writer.paragraph("ПРОТОКОЛ", style: center)
        var dateLine = OrderDocument.spaced(.plain(), after: 6)
        dateLine.rightTab = true
        writer.paragraph("\(page.date)\t\(page.number)", style: dateLine)
        if !page.place.isEmpty {
            writer.paragraph(page.place, style: OrderDocument.spaced(.plain(.center), after: 12))
        }
        writer.paragraph(page.heading, style: OrderDocument.spaced(.plain(.left, bold: true), before: 6, after: 12))
    }

    private static func item(_ item: MeetingPage.Item, into writer: inout WordWriter) {
        writer.paragraph("\(item.number). СЛУШАЛИ:", style: heading)
        for block in item.heardBlocks { writer.paragraph(block.text, style: .body) }
        if !item.spoke.isEmpty {
            writer.paragraph("ВЫСТУПИЛИ:", style: heading)
            for speech in item.spoke { writer.paragraph("\(speech.name) – \(speech.text)", style: .body) }
        }
        if !item.decisions.isEmpty {
            writer.paragraph("РЕШИЛИ:", style: heading)
            for decision in item.decisions {
                var text = "\(decision.number) \(decision.text)"
                if !decision.responsible.isEmpty { text += " Ответственный: \(decision.responsible)." }
                if !decision.due.isEmpty { text += " Срок – \(decision.due)." }
                writer.paragraph(text, style: .body)
            }
        }
    }
}
