/// A target indicator (целевой показатель) a roadmap declares: what is measured, in what unit,
/// which way is better, and the value every school aims at by a date.
public struct Indicator: Sendable, Hashable {
    public enum Better: String, Sendable, Hashable, CaseIterable {
        case higher, lower
    }

    /// A slug, unique in the roadmap: the column of monitoring tables.
    public var id: String
    public var title: String
    /// «%», «чел.», «балл»; may be empty.
    public var unit: String
    public var better: Better
    /// The value every school of the roadmap aims at; a school may set its own (`School.targets`).
    public var target: Double?
    /// By when; nil for the end of the roadmap's period.
    public var by: LocalDate?
    public var location: SourceLocation

    public init(id: String, title: String, location: SourceLocation) {
        self.id = id
        self.title = title
        self.unit = ""
        self.better = .higher
        self.location = location
    }

    /// Whether `value` meets `target`, the way this indicator is better.
    public func reaches(_ value: Double, _ target: Double) -> Bool {
        better == .higher ? value >= target : value <= target
    }
}
