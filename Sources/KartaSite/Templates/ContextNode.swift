import Mustache

/// A view model for templates: named values. Looking a name up in it is a plain conformance check
/// on a struct (a `[String: Any]` conforms to `MustacheParent` only conditionally, which the runtime
/// checks far more slowly on every lookup).
struct ContextNode: MustacheParent, TemplateValue, ExpressibleByDictionaryLiteral {
    private var values: [String: any TemplateValue]

    init(dictionaryLiteral elements: (String, any TemplateValue)...) {
        values = Dictionary(elements, uniquingKeysWith: { _, last in last })
    }

    subscript(name: String) -> (any TemplateValue)? {
        get { values[name] }
        set { values[name] = newValue }
    }

    /// These values over `other`'s.
    func merging(over other: ContextNode) -> ContextNode {
        var merged = other
        merged.values.merge(values) { _, new in new }
        return merged
    }

    func child(named name: String) -> Any? { values[name]?.mustacheValue }

    var mustacheValue: Any { self }
}
