/// A value a view model hands to the templates. Each kind says once, statically, how Mustache
/// sees it, so that no context is inspected by dynamic casts before rendering.
protocol TemplateValue {
    /// What Mustache looks up and renders: `Text`, `Blank`, `ContextNode`, a number, a flag or a list.
    var mustacheValue: Any { get }
    /// Left out of lists: an empty string.
    var isBlank: Bool { get }
}

extension TemplateValue {
    var isBlank: Bool { false }
}

/// An empty string counts as absent in `{{#key}}` (Mustache itself treats it as present). Removing
/// the key instead would let the lookup fall through to an outer context and show its value.
extension String: TemplateValue {
    var mustacheValue: Any { isEmpty ? Blank() : Text(value: self) }
    var isBlank: Bool { isEmpty }
}

extension Int: TemplateValue {
    var mustacheValue: Any { self }
}

extension Bool: TemplateValue {
    var mustacheValue: Any { self }
}

/// A list without its empty strings.
extension Array: TemplateValue where Element: TemplateValue {
    var mustacheValue: Any {
        if Element.self == ContextNode.self { return self }
        return compactMap { $0.isBlank ? nil : $0.mustacheValue }
    }
}

/// Nothing: a section over it is skipped.
extension Optional: TemplateValue where Wrapped: TemplateValue {
    var mustacheValue: Any { self?.mustacheValue ?? Blank() }
    var isBlank: Bool { self?.isBlank ?? true }
}
