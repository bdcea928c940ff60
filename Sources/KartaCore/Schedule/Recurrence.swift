/// How often a recurring measure repeats.
public struct Recurrence: Hashable, Sendable {
    public enum Frequency: String, Sendable, Hashable {
        case daily, weekly, monthly, quarterly
        /// A school term (четверть).
        case term
        case halfYear = "half-year"
        case yearly
        /// «Не реже 1 раза в 3-4 недели»: every `everyMin`–`everyMax` weeks.
        case everyWeeks = "every-weeks"
        /// «по мере необходимости».
        case asNeeded = "as-needed"
    }

    public var frequency: Frequency
    /// How many times per unit: «2 раза в месяц» → 2.
    public var times: Int
    public var everyMin: Int?
    public var everyMax: Int?
    /// 1 = Monday … 7 = Sunday, in the order written.
    public var weekdays: [Int]

    public init(frequency: Frequency, times: Int = 1, everyMin: Int? = nil, everyMax: Int? = nil, weekdays: [Int] = [])
    {
        self.frequency = frequency
        self.times = times
        self.everyMin = everyMin
        self.everyMax = everyMax
        self.weekdays = weekdays
    }
}
