import Mustache

/// A view model value for templates: a fixed set of named values. Looking a name up in it is a
/// plain conformance check on a struct (a `[String: Any]` conforms to `MustacheParent` only conditionally,
/// which the runtime checks far more slowly on every lookup).
struct ContextNode: MustacheParent {
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }
}
