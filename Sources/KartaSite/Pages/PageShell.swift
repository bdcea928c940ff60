/// What every page shows around its content: site name, navigation, the as-of date. The page's
/// title is the theme's to word, from its page's data.
public struct PageShell: Sendable {
    /// The way from the page to the site root: `../../`.
    public let root: String
    public let siteTitle: String
    public let organization: String
    /// «15.06.2022».
    public let asOf: String
    /// «15 июня 2022 г.».
    public let asOfVerbal: String
    /// «12.11.2025»: when the content files the page is made of last changed; empty when unknown.
    public let updated: String
}
