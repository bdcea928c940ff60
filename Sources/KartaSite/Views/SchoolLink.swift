import KartaCore

/// A link to a school page.
enum SchoolLink {
    static func context(_ school: School, root: String) -> ContextNode {
        ["href": root + "schools/\(school.slug)/index.html", "name": Format.text(school.displayName)]
    }
}
