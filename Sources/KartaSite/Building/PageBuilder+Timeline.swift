import KartaCore

extension PageBuilder {
    func timeline(_ status: RoadmapStatus) -> TimelineFigure {
        let timeline = Timeline(status)
        let number = Format.number
        let months = timeline.scale.months.map { month in
            TimelineFigure.Month(
                x: number(month.x), width: number(month.width), labelX: number(month.x + month.width / 2),
                label: String(RussianMonths.nominative[month.month - 1].prefix(3)),
                year: month.month == 1 || month.x == timeline.scale.months.first?.x ? String(month.year) : "",
                odd: month.month % 2 == 1)
        }
        let rows = timeline.rows.map { row -> TimelineFigure.Row in
            switch row.kind {
            case .stage(let title):
                return .stage(title: Format.typeset(title), textY: number(row.y + 15))
            case .event(let item):
                return .event(
                    href: "#" + item.anchor, tooltip: Self.tooltip(item),
                    label: item.event.id.isEmpty ? "•" : item.event.id, textY: number(row.y + 12),
                    bars: row.bars.map { bar in
                        TimelineFigure.Bar(
                            x: number(bar.x), y: number(row.y + 3), width: number(bar.width),
                            state: bar.state.rawValue, recurring: bar.recurring)
                    })
            }
        }
        return TimelineFigure(
            width: number(Timeline.width), height: number(timeline.height), gridBottom: number(timeline.height - 4),
            measureCount: status.items.count, period: status.roadmap.period.russianDescription,
            months: months, rows: rows,
            asOfX: timeline.asOfX.map(number),
            asOfLabelX: number(min(timeline.asOfX ?? 0, Timeline.width - 90) + 3),
            asOf: status.asOf.russianNumeric,
            legend: EventState.allCases.map { TimelineFigure.LegendItem(state: $0.rawValue, label: $0.russianLabel) },
            unplaced: timeline.unplaced.map { item in
                TimelineFigure.Unplaced(
                    id: item.event.id, title: Format.typeset(item.event.title), when: item.event.when,
                    href: "#" + item.anchor, reason: Self.reason(item))
            })
    }

    static func reason(_ item: RoadmapStatus.Item) -> TimelineFigure.Reason {
        if item.event.when.isEmpty { return .noTerm }
        if !item.schedule.intervals.isEmpty { return .outsidePeriod }
        return item.schedule.kind == .bySchedule ? .bySchedule : .notUnderstood
    }

    /// «1.3 Title — when (state)»: each part typeset on its own (the title is typeset once for all
    /// pages), so that the parts never run into each other.
    static func tooltip(_ item: RoadmapStatus.Item) -> String {
        let id = item.event.id.isEmpty ? "" : item.event.id + " "
        return id + Format.typeset(item.event.title) + "\u{00A0}— " + Format.typeset(item.event.when)
            + " (\(item.state.russianLabel))"
    }
}
