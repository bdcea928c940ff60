/// A measure read from a table row, before it becomes YAML.
struct ImportedEvent: Sendable, Equatable {
    var id: String
    var title: String
    var when: String
    var responsible: String
    var result: String
    /// Source line of the row, for messages.
    var line: Int
}
