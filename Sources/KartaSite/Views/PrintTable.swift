import KartaCore

/// A roadmap's measures for print: the document's own columns, grouped by stage, optionally with state.
enum PrintTable {
    static func context(_ status: RoadmapStatus, root: String, withState: Bool = false) -> ContextNode {
        let columns = status.roadmap.columns
        return [
            "numberCaption": Format.text(columns.number),
            "headers": EventRowView.headers(columns),
            "withState": withState,
            "columnCount": columns.order.count + 1 + (withState ? 3 : 0),
            "stages": status.stages.map { stage in
                [
                    "title": Format.text(stage.stage.title),
                    "when": Format.text(stage.stage.when),
                    "rows": stage.items.map { row($0, columns: columns, root: root, withState: withState) },
                ] as ContextNode
            },
        ]
    }

    /// `withState` is repeated in every row: templates find it there at once instead of searching
    /// the enclosing contexts for every row.
    static func row(_ item: RoadmapStatus.Item, columns: ColumnCaptions, root: String, withState: Bool) -> ContextNode {
        let event = item.event
        return [
            "id": event.id,
            "withState": withState,
            "cells": columns.order.map { column -> ContextNode in
                switch column {
                case .title: ["text": Format.text(event.title)]
                case .when: ["text": event.when]
                case .responsible: ["text": Format.text(event.responsible)]
                case .result: ["text": Format.text(event.result)]
                }
            },
            "state": item.state.rawValue,
            "stateLabel": item.state.russianLabel,
            "done": event.done?.russianNumeric ?? "",
            "evidence": event.evidence.map { ["title": Format.text($0.title), "href": SiteLink.href($0.href, root: root)] as ContextNode },
        ]
    }
}
