/// A stage or section of an imported roadmap.
struct ImportedStage: Sendable, Equatable {
    var title: String
    var when: String
    var events: [ImportedEvent]
}
