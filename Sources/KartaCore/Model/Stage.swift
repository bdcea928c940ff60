/// A stage or section of a roadmap, grouping its measures.
public struct Stage: Sendable, Hashable {
    public var title: String
    public var when: String
    public var events: [Event]

    public init(title: String, when: String = "", events: [Event] = []) {
        self.title = title
        self.when = when
        self.events = events
    }
}
