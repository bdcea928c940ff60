import KartaCore

/// What every page shows around its content: site name, navigation, the as-of date.
enum PageContext {
    static func context(_ snapshot: SiteSnapshot, root: String, title: String, path: String) -> ContextNode {
        let site = snapshot.content.site
        return [
            "root": root,
            "pageTitle": Format.text(title),
            "siteTitle": Format.text(site.title),
            "organization": Format.text(site.organization),
            "asOf": snapshot.asOf.russianNumeric,
            "asOfVerbal": snapshot.asOf.russianVerbal,
            "path": path,
            "isHome": path == "index.html",
        ]
    }

    /// `../../` for `roadmaps/x/index.html`.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
