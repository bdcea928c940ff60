/// Classifies and checks the `href` of documents, evidence and attachments.
public enum LinkChecker {
    public enum Target: Equatable, Sendable {
        /// `http(s)://…` or `mailto:`: linked to, never loaded by the page.
        case external
        /// A path inside the site, relative to its root, e.g. `files/plan.pdf`.
        case local(String)
        /// Anything that could escape the site or run script.
        case unsafe
    }

    public static func classify(_ href: String) -> Target {
        let lower = href.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") {
            return .external
        }
        if href.isEmpty || href.hasPrefix("/") || href.hasPrefix("\\") || lower.contains(":") || href.contains("\\") {
            return .unsafe
        }
        let path = href.split(separator: "#", maxSplits: 1).first.map(String.init) ?? href
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." }) { return .unsafe }
        return .local(segments.joined(separator: "/"))
    }

    static func check(_ href: String, at location: SourceLocation, contentDirectory: String,
                      into diagnostics: inout Diagnostics) {
        switch classify(href) {
        case .external: break
        case .unsafe: diagnostics.report(ContentError.unsafePath(href), at: location)
        case .local(let path):
            if !FileSystem.fileExists("\(contentDirectory)/\(path)") {
                diagnostics.report(ContentError.missingFile(path), at: location)
            }
        }
    }
}
