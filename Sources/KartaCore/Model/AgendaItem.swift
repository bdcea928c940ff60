/// One question of a meeting's agenda (повестка дня) with what was heard, said and decided.
public struct AgendaItem: Sendable, Hashable {
    /// «О ходе реализации …».
    public var title: String
    /// The speakers named in the agenda, «И.О. Фамилия, должность».
    public var speakers: [String]
    /// СЛУШАЛИ: the report heard, in Markdown.
    public var heard: String
    /// ВЫСТУПИЛИ: who spoke and what they said.
    public var spoke: [Speech]
    /// РЕШИЛИ: numbered «1.1.», «1.2.» in the protocol.
    public var decisions: [Decision]
    public var location: SourceLocation

    public init(title: String, location: SourceLocation) {
        self.title = title
        self.speakers = []
        self.heard = ""
        self.spoke = []
        self.decisions = []
        self.location = location
    }

    public struct Speech: Sendable, Hashable {
        public var name: String
        public var text: String

        public init(name: String, text: String) {
            self.name = name
            self.text = text
        }
    }
}
