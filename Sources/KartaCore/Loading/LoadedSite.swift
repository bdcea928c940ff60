/// A content folder decoded and resolved: what `SiteLoader.load` gives build, check, serve and
/// the tests.
public struct LoadedSite: Sendable {
    public var loaded: LoadedContent
    public let site: ResolvedSite
    /// Every problem: each file's own and the resolver's.
    public var diagnostics: Diagnostics
}
