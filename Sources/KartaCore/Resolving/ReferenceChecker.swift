/// Looks slugs up in hashed sets and reports those that name nothing, with the nearest slug.
struct ReferenceChecker {
    private let slugs: [ContentKind: Set<String>]

    init(content: Content) {
        slugs = [
            .school: Set(content.schools.map(\.slug)),
            .roadmap: Set(content.roadmaps.map(\.slug)),
            .order: Set(content.orders.map(\.slug)),
        ]
    }

    func check(_ references: [Located<String>], kind: ContentKind, into diagnostics: inout Diagnostics) {
        let known = slugs[kind] ?? []
        for reference in references where !known.contains(reference.value) {
            let suggestion = NearestWord.find(reference.value, among: known.sorted())
            diagnostics.report(ContentError.unknownReference(kind: kind, slug: reference.value, suggestion: suggestion),
                               at: reference.location)
        }
    }
}
