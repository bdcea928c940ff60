import KartaCore

/// The timeline as numbers and labels for `partials/timeline.mustache`.
enum TimelineView {
    static func reason(_ item: RoadmapStatus.Item) -> String {
        if item.event.when.isEmpty { return "срок не указан" }
        if !item.schedule.intervals.isEmpty { return "вне периода дорожной карты" }
        return item.schedule.kind == .bySchedule ? "по отдельному графику" : "срок не распознан"
    }

    /// «1.3 Title — when (state)»: each part typeset on its own (the title is typeset once for all
    /// pages), so that the parts never run into each other.
    static func tooltip(_ item: RoadmapStatus.Item) -> String {
        let id = item.event.id.isEmpty ? "" : item.event.id + " "
        return id + Format.text(item.event.title) + "\u{00A0}— " + Format.text(item.event.when) + " (\(item.state.russianLabel))"
    }

    static func context(_ timeline: Timeline, status: RoadmapStatus, anchors: [SourceLocation: String]) -> ContextNode {
        let months = timeline.scale.months.map { month -> ContextNode in
            [
                "x": Format.number(month.x), "width": Format.number(month.width),
                "labelX": Format.number(month.x + month.width / 2),
                "label": String(RussianMonths.nominative[month.month - 1].prefix(3)),
                "year": month.month == 1 || month.x == timeline.scale.months.first?.x ? String(month.year) : "",
                "odd": month.month % 2 == 1,
            ]
        }
        let rows = timeline.rows.map { row -> ContextNode in
            switch row.kind {
            case .stage(let title):
                return ["isStage": true, "y": Format.number(row.y), "textY": Format.number(row.y + 15),
                        "title": Format.text(title)]
            case .event(let item):
                return [
                    "isStage": false, "y": Format.number(row.y), "textY": Format.number(row.y + 12),
                    "id": item.event.id, "href": "#" + (anchors[item.event.location] ?? ""),
                    "label": item.event.id.isEmpty ? "•" : item.event.id,
                    "title": tooltip(item),
                    "bars": row.bars.map { bar in
                        [
                            "x": Format.number(bar.x), "width": Format.number(bar.width),
                            "y": Format.number(row.y + 3), "state": bar.state.rawValue,
                            "fill": bar.recurring ? "url(#recurring-\(bar.state.rawValue))" : "url(#fill-\(bar.state.rawValue))",
                            "recurring": bar.recurring,
                        ] as ContextNode
                    },
                ]
            }
        }
        return [
            "width": Format.number(Timeline.width),
            "height": Format.number(timeline.height),
            "gridBottom": Format.number(timeline.height - 4),
            "months": months,
            "rows": rows,
            "hasAsOf": timeline.asOfX != nil,
            "asOfX": Format.number(timeline.asOfX ?? 0),
            "asOfLabelX": Format.number(min(timeline.asOfX ?? 0, Timeline.width - 90) + 3),
            "asOf": status.asOf.russianNumeric,
            "unplaced": timeline.unplaced.map { item in
                ["id": item.event.id, "when": item.event.when, "title": Format.text(item.event.title),
                 "href": "#" + (anchors[item.event.location] ?? ""),
                 "reason": reason(item)] as ContextNode
            },
            "hasUnplaced": !timeline.unplaced.isEmpty,
            "legend": EventState.allCases.map { ["state": $0.rawValue, "label": $0.russianLabel] as ContextNode },
            "description": Format.text("Шкала времени: \(Format.plural(status.items.count, "мероприятие", "мероприятия", "мероприятий")) по этапам, \(status.roadmap.period.russianDescription); отметка — \(status.asOf.russianNumeric). Полный список — в таблице ниже."),
        ]
    }
}
