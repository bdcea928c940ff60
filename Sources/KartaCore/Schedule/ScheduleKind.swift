/// How a term is understood; raw values are those of `karta when --json`.
public enum ScheduleKind: String, Sendable, Hashable, CaseIterable {
    /// One or more day-precise intervals.
    case dates
    /// «до 30 ноября»: from the period start to that day.
    case deadline
    /// «в течение года»: the whole period, or a window of it.
    case wholePeriod = "whole-period"
    /// «ежеквартально», «1 раз в четверть»: repeats over a window.
    case recurring
    /// «По графику ИРО»: follows another schedule, no dates.
    case bySchedule = "by-schedule"
    case unknown
}
