/// A link to an order, which the theme words: «Приказ от 05.09.2025 № 118 «Об утверждении …»».
public struct OrderLink: Sendable {
    public let href: String
    /// «Приказ», as the document names its kind.
    public let kind: String
    /// «05.09.2025».
    public let date: String
    public let number: String
    public let title: String
}
