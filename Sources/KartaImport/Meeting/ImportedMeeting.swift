/// A протокол read from a document: its requisites, those present, and each agenda item with what
/// was heard, said and decided.
struct ImportedMeeting: Sendable, Equatable {
    struct Item: Sendable, Equatable {
        var title = ""
        var speakers: [String] = []
        var heard: [String] = []
        var spoke: [(name: String, text: String)] = []
        var decisions: [Decision] = []

        static func == (a: Item, b: Item) -> Bool {
            a.title == b.title && a.speakers == b.speakers && a.heard == b.heard && a.decisions == b.decisions
                && a.spoke.map { [$0.name, $0.text] } == b.spoke.map { [$0.name, $0.text] }
        }
    }

    struct Decision: Sendable, Equatable {
        var text: String
        var responsible = ""
        /// ISO date, from «срок – до 15.10.2025» read by the term parser; empty without one.
        var due = ""
    }

    var issuer: [String] = []
    var date = ""
    var number = ""
    var place = ""
    /// «заседание муниципальной рабочей группы»: the heading's kind, back in the nominative.
    var kind = ""
    /// What follows the kind: «по реализации …».
    var title = ""
    var chair = ""
    var secretary = ""
    var attendees: [String] = []
    /// «Присутствовали: 24 человека (список прилагается)».
    var attendeeCount: Int?
    var invited: [(name: String, position: String)] = []
    var items: [Item] = []

    static func == (a: ImportedMeeting, b: ImportedMeeting) -> Bool {
        a.issuer == b.issuer && a.date == b.date && a.number == b.number && a.place == b.place && a.kind == b.kind
            && a.title == b.title && a.chair == b.chair && a.secretary == b.secretary && a.attendees == b.attendees
            && a.attendeeCount == b.attendeeCount && a.items == b.items
            && a.invited.map { [$0.name, $0.position] } == b.invited.map { [$0.name, $0.position] }
    }
}
