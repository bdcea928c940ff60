/// An order with its appendices linked to the roadmaps and schools they print.
public struct ResolvedOrder: Sendable {
    public enum Appendix: Sendable {
        /// An index into `ResolvedSite.roadmaps`.
        case roadmap(Int)
        /// Indices into `ResolvedSite.schools`, in the order's order.
        case assignments(KartaCore.Appendix.AssignmentKind, schools: [Int])
        case file(Link)
    }

    public let order: Order
    /// `orders/<slug>/index.html`.
    public let path: String
    /// `orders/<slug>/order.pdf`, printed by `--pdf`.
    public let pdfPath: String
    public let appendices: [Appendix]
}
