/// How far a set of measures has come: «25 % — выполнено 1 из 4 мероприятий, просрочено: 1».
public struct ProgressSummary: Sendable {
    public let percent: Int
    /// «выполнено 1 из 4 мероприятий».
    public let summary: String
    public let overdue: Int
}
