/// Slugs name pages in URLs: lowercase latin letters, digits and single hyphens.
public enum Slug {
    public static func isValid(_ slug: String) -> Bool {
        guard !slug.isEmpty, slug.first != "-", slug.last != "-", !slug.contains("--") else { return false }
        return slug.utf8.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 45 }
    }

    /// The file name without `.md`.
    public static func fromFileName(_ name: String) -> String {
        name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
