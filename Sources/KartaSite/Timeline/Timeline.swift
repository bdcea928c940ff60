import KartaCore

/// The stage timeline of a roadmap: rows of bars over the months of its period, as numbers
/// for the SVG template.
public struct Timeline: Sendable {
    public static let width = 960.0
    public static let labelWidth = 56.0
    public static let rowHeight = 16.0
    public static let headerHeight = 34.0
    public static let stageHeight = 22.0

    public struct Bar: Sendable, Equatable {
        public let x: Double
        public let width: Double
        public let state: EventState
        public let recurring: Bool
    }

    public struct Row: Sendable {
        /// A stage heading or a measure.
        public enum Kind: Sendable {
            case stage(String)
            case event(RoadmapStatus.Item)
        }
        public let kind: Kind
        public let y: Double
        public let bars: [Bar]
    }

    public let scale: TimelineScale
    public let rows: [Row]
    public let height: Double
    /// Measures without dates on the scale: by other schedules or not understood.
    public let unplaced: [RoadmapStatus.Item]
    public let asOfX: Double?

    public init(_ status: RoadmapStatus) {
        let period = status.roadmap.period
        let scale = TimelineScale(start: period.start, end: period.end, left: Self.labelWidth, right: Self.width - 8)
        self.scale = scale
        var rows: [Row] = []
        var unplaced: [RoadmapStatus.Item] = []
        var y = Self.headerHeight
        for stage in status.stages {
            if !stage.stage.title.isEmpty {
                rows.append(Row(kind: .stage(stage.stage.title), y: y, bars: []))
                y += Self.stageHeight
            }
            for item in stage.items {
                let bars = item.schedule.intervals.compactMap { interval -> Bar? in
                    guard let (x, width) = scale.span(interval) else { return nil }
                    return Bar(x: x, width: width, state: item.state, recurring: item.schedule.kind == .recurring)
                }
                guard !bars.isEmpty else {
                    unplaced.append(item)
                    continue
                }
                rows.append(Row(kind: .event(item), y: y, bars: bars))
                y += Self.rowHeight
            }
        }
        self.rows = rows
        self.unplaced = unplaced
        height = y + 6
        asOfX = status.asOf >= period.start && status.asOf <= period.end ? scale.x(status.asOf) : nil
    }
}
