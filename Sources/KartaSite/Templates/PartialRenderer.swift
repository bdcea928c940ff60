import KartaCore

/// Renders a partial once per distinct context: every school of a municipality shows the same
/// list of its roadmap's measures, which is rendered once per build instead of once per school.
final class PartialRenderer: Sendable {
    let templates: TemplateSet
    private let cache = BoundedCache<TextKey, String>(capacity: 100_000)

    init(templates: TemplateSet) {
        self.templates = templates
    }

    /// `key` must determine the context completely.
    func render(_ name: String, key: String, context: () -> ContextNode) -> String {
        cache.value(for: TextKey(name + "\u{0}" + key)) { templates.renderEmbedded(context(), with: name) }
    }
}
