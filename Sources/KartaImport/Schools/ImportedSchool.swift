import KartaCore

/// A school named in an assignment table, with the people assigned to it.
struct ImportedSchool: Sendable, Equatable {
    var name: String
    var slug: String
    var responsible: Person?
    var curators: [Person] = []
    var methodists: [Person] = []
}
