/// Unique HTML ids for the rows of one roadmap, in order: «event-1-3» for «1.3», «event-n2» for
/// the second row when it has no number, «event-1-3-2» for a number seen before.
struct EventAnchors {
    private var used: Set<String> = []
    private var count = 0

    mutating func next(for id: String) -> String {
        count += 1
        let base = Self.slug(id)
        let stem = "event-" + (base.isEmpty ? "n\(count)" : base)
        var anchor = stem
        var suffix = 2
        while used.contains(anchor) {
            anchor = "\(stem)-\(suffix)"
            suffix += 1
        }
        used.insert(anchor)
        return anchor
    }

    /// Latin letters and digits of a measure number, other runs as one «-»: «1.3» → «1-3».
    static func slug(_ id: String) -> String {
        var slug = ""
        for scalar in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
