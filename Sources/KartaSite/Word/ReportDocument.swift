import KartaWord

/// The monitoring report «по состоянию на» as an editable Word document (`--docx`, `report.docx`):
/// the same sections as the printed report, on landscape pages.
enum ReportDocument {
    static func docx(_ page: ReportPage) -> [UInt8] {
        var writer = WordWriter(landscape: true)
        writer.paragraph(
            "Отчёт о реализации дорожной карты «\(page.roadmapTitle)» по состоянию на \(page.reportDate)",
            style: OrderDocument.spaced(.plain(.center, bold: true), after: 6))
        writer.paragraph(
            [page.issuer, page.period].filter { !$0.isEmpty }.joined(separator: ", "),
            style: OrderDocument.spaced(.plain(.center), after: 12))
        heading("Сводка", into: &writer)
        writer.paragraph(
            "Всего мероприятий: \(page.total). Выполнено \(page.done) из \(page.relevant) (без отменённых) — "
                + "\(page.percent)\u{00A0}%.", style: OrderDocument.spaced(.plain(), after: 6))
        writer.table(
            header: ["Статус на \(page.reportDate)", "Мероприятий"],
            rows: page.states.map { [$0.label, String($0.count)] }, widths: [4, 1.5])
        heading("По этапам", into: &writer)
        writer.table(
            header: ["Этап", "Всего", "Выполнено", "Просрочено", "Выполнение"],
            rows: page.stages.map {
                [$0.title, String($0.total), String($0.done), String($0.overdue), "\($0.percent)\u{00A0}%"]
            }, widths: [6, 1.2, 1.2, 1.2, 1.2])
        if let since = page.since {
            heading("Изменения с \(since.date) (версия \(since.version))", into: &writer)
            for change in since.changes {
                writer.paragraph(
                    ([change.mark + " " + change.subject] + change.details.map { "  " + $0 }).joined(separator: "\n"),
                    style: .plain())
            }
            if since.changes.isEmpty { writer.paragraph("Изменений в дорожной карте нет.", style: .plain()) }
        }
        heading("Просроченные мероприятия", into: &writer)
        if page.overdue.isEmpty {
            writer.paragraph("Просроченных мероприятий нет.", style: .plain())
        } else {
            writer.table(
                header: ["№", "Мероприятие", "Срок", "Ответственные"],
                rows: page.overdue.map { [$0.id, $0.title, $0.when, $0.responsible] }, widths: [1, 6, 2, 3])
        }
        heading("Мероприятия", into: &writer)
        writer.measuresTable(page.table, withState: true)
        var signature = OrderDocument.spaced(.plain(), before: 24)
        signature.rightTab = true
        writer.paragraph(
            page.signatory.map { "\($0.position)\t\($0.name)" }
                ?? "________________ (должность)\t________________ (Ф.И.О.)",
            style: signature)
        writer.paragraph("Дата: \(page.reportDate)", style: OrderDocument.spaced(.plain(), before: 12))
        // An in-memory zip of a few parts cannot fail short of memory; nothing else could be written then.
        return (try? writer.data()).map(Array.init) ?? []
    }

    private static func heading(_ text: String, into writer: inout WordWriter) {
        var style = OrderDocument.spaced(.plain(.left, bold: true), before: 12, after: 6)
        style.keepWithNext = true
        writer.paragraph(text, style: style)
    }
}
