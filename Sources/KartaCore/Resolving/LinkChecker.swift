import Foundation

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
        // Bytes, not Foundation's `contains`, which searches as NSString does: every link of every page comes here.
        let colonOrBackslash = { (byte: UInt8) in byte == UInt8(ascii: ":") || byte == UInt8(ascii: "\\") }
        if href.isEmpty || href.hasPrefix("/") || href.containsByte(where: colonOrBackslash) {
            return .unsafe
        }
        let path = href.split(separator: "#", maxSplits: 1).first.map(String.init) ?? href
        // A browser decodes `%2e%2e` to `..` before it resolves the path: judge what it will see.
        guard let decoded = path.removingPercentEncoding, !decoded.containsByte(where: { $0 == UInt8(ascii: "\\") })
        else { return .unsafe }
        let dotSegment = { (segment: Substring) in segment == ".." || segment == "." }
        if decoded.split(separator: "/").contains(where: dotSegment) { return .unsafe }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return .local(segments.joined(separator: "/"))
    }

    /// - Parameter published: the attachments the site publishes (`Attachments`).
    static func check(
        _ href: String, at location: SourceLocation, published: Set<String>,
        into diagnostics: inout Diagnostics
    ) {
        switch classify(href) {
        case .external: break
        case .unsafe: diagnostics.report(ResolveError.unsafePath(href), at: location)
        case .local(let path):
            if !published.contains(path.removingPercentEncoding ?? path) {
                diagnostics.report(ResolveError.missingFile(path), at: location)
            }
        }
    }
}
