import Mustache

/// A text value for templates: renders as itself, and answers child lookups with nothing at once
/// (a plain `String` on the context stack is searched by reflection on every lookup).
struct Text: MustacheCustomRenderable, MustacheParent {
    let value: String
    var renderText: String { value }
    var isNull: Bool { false }
    func child(named: String) -> Any? { nil }
}
