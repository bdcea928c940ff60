import KartaCore

/// Turns an `href` from content into a link that works from a page at any depth.
public enum SiteLink {
    /// Local paths get the page's way to the root; external links stay (or are dropped for
    /// resources such as images); anything unsafe becomes empty.
    public static func href(_ href: String, root: String, allowExternal: Bool = true) -> String {
        if href.hasPrefix("#") { return href }
        switch LinkChecker.classify(href) {
        case .external: return allowExternal ? href : ""
        case .local(let path):
            let fragment = href.firstIndex(of: "#").map { String(href[$0...]) } ?? ""
            return root + path + fragment
        case .unsafe: return ""
        }
    }
}
