/// Every file the site writes for an order, relative to the output folder (`OutputPaths`).
public struct OrderPaths: Sendable, Hashable {
    public let page: String
    /// The printed order (`--pdf`) and the Word document (`--docx`).
    public let pdf: String
    public let docx: String
}
