/// A meeting's decision as pages list it: in its protocol, in the control of later meetings, on
/// the pages of the roadmaps and schools it concerns.
public struct DecisionLine: Sendable {
    /// «1.2.».
    public let number: String
    public let text: String
    public let responsible: String
    /// «до 15.10.2025»; empty without a deadline.
    public let due: String
    /// `EventState`'s raw value, for the CSS class; its Russian label.
    public let state: String
    public let stateLabel: String
    /// When it was done, «12.10.2025», if it was by the date of its state.
    public let done: String
    /// The protocol it was taken at: «Протокол заседания … от 15.10.2025 № 3».
    public let meeting: PageLink
    /// The measure it concerns, when it names one: a link to its row.
    public let measure: PageLink?
}
