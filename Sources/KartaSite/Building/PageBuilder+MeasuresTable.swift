import KartaCore

extension PageBuilder {
    /// The measures of a roadmap in the document's columns; the term is shown exactly as written.
    func measuresTable(_ status: RoadmapStatus, root: String) -> MeasuresTable {
        let columns = status.roadmap.columns
        return MeasuresTable(
            numberCaption: Format.typeset(columns.number),
            headers: columns.order.map {
                MeasuresTable.Header(column: $0.rawValue, caption: Format.typeset(columns.caption(of: $0)))
            },
            stages: status.stages.map { stage in
                MeasuresTable.Stage(
                    title: Format.typeset(stage.stage.title), when: Format.typeset(stage.stage.when),
                    percent: stage.progress.percent,
                    rows: stage.items.map { row($0, columns: columns, root: root) })
            },
            asOf: status.asOf.russianNumeric)
    }

    private func row(_ item: RoadmapStatus.Item, columns: ColumnCaptions, root: String) -> MeasuresTable.Row {
        let event = item.event
        return MeasuresTable.Row(
            id: event.id, anchor: item.anchor,
            cells: columns.order.map { column in
                let text =
                    switch column {
                    case .title: Format.typeset(event.title)
                    case .when: event.when
                    case .responsible: Format.typeset(event.responsible)
                    case .result: Format.typeset(event.result)
                    }
                return MeasuresTable.Cell(column: column.rawValue, text: text)
            },
            state: item.state.rawValue, stateLabel: item.state.russianLabel,
            done: event.done?.russianNumeric ?? "",
            evidence: event.evidence.map {
                PageLink(
                    href: SiteLink.href($0.href, root: root), label: Format.typeset($0.title), file: fileInfo($0.href))
            })
    }
}
