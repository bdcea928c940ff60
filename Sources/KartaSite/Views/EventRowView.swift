import KartaCore

/// One row of a measures table: cells in the document's column order, state and evidence.
enum EventRowView {
    static func context(_ item: RoadmapStatus.Item, columns: ColumnCaptions, anchor: String, root: String) -> ContextNode {
        let event = item.event
        let cells: [ContextNode] = columns.order.map { column in
            let value: String
            switch column {
            case .title: value = event.title
            case .when: value = event.when
            case .responsible: value = event.responsible
            case .result: value = event.result
            }
            // The term is shown exactly as written in the document.
            return ["text": column == .when ? value : Format.text(value), "column": column.rawValue]
        }
        return [
            "id": event.id,
            "anchor": anchor,
            "cells": cells,
            "state": item.state.rawValue,
            "stateLabel": item.state.russianLabel,
            "done": event.done.map { $0.russianNumeric } ?? "",
            "evidence": event.evidence.map { link in
                ["title": Format.text(link.title), "href": SiteLink.href(link.href, root: root)] as ContextNode
            },
            "hasEvidence": !event.evidence.isEmpty,
        ]
    }

    /// Unique anchors for the rows of a roadmap, in order: «event-1-3», or «event-2» for an unnumbered row.
    static func anchors(for items: [RoadmapStatus.Item]) -> [String] {
        var used: Set<String> = []
        return items.enumerated().map { index, item in
            let base = Format.anchor(item.event.id)
            var anchor = "event-" + (base.isEmpty ? "n\(index + 1)" : base)
            var suffix = 2
            while used.contains(anchor) {
                anchor = "event-\(base.isEmpty ? "n\(index + 1)" : base)-\(suffix)"
                suffix += 1
            }
            used.insert(anchor)
            return anchor
        }
    }

    static func headers(_ columns: ColumnCaptions) -> [ContextNode] {
        columns.order.map { ["caption": Format.text(columns.caption(of: $0)), "column": $0.rawValue] }
    }
}
