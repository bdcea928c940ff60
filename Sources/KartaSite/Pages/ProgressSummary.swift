/// How far a set of measures has come: «25 % — выполнено 1 из 4 мероприятий, просрочено: 1».
public struct ProgressSummary: Sendable {
    public let percent: Int
    public let done: Int
    /// All but the cancelled.
    public let relevant: Int
    public let overdue: Int
}
