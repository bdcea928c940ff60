import Mustache

/// An empty value: renders as nothing, counts as false in `{{#section}}`, has no children.
struct Blank: MustacheCustomRenderable, MustacheParent {
    var renderText: String { "" }
    var isNull: Bool { true }
    func child(named: String) -> Any? { nil }
}
