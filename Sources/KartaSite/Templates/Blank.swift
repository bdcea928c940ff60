import Mustache

/// An empty value: renders as nothing and counts as false in `{{#section}}`.
struct Blank: MustacheCustomRenderable {
    var renderText: String { "" }
    var isNull: Bool { true }
}
