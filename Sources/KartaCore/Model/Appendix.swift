/// An appendix of an order.
public enum Appendix: Sendable, Hashable {
    /// A roadmap printed as a table.
    case roadmap(Located<String>)
    /// A table of assignments built from school files.
    case assignments(AssignmentKind, schools: [Located<String>])
    /// An attached file.
    case file(Link)

    public enum AssignmentKind: String, Sendable, Hashable, CaseIterable {
        case curators
        case methodists
    }
}
