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
    /// Its page, PDF and Word document.
    public let paths: OrderPaths
    public let appendices: [Appendix]

    /// `orders/<slug>/index.html`.
    public var path: String { paths.page }
}
