import KartaCore

/// A протокол read from a document: its requisites, those present, and each agenda item with what
/// was heard, said and decided.
struct ImportedMeeting: Sendable {
    struct Item: Sendable {
        var title = ""
        var speakers: [String] = []
        var heard: [String] = []
        var spoke: [(name: String, text: String)] = []
        var decisions: [Decision] = []
    }

    struct Decision: Sendable {
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
    var invited: [Person] = []
    var items: [Item] = []
}
