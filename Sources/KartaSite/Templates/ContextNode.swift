import Mustache

/// A view model object for templates: a fixed set of named values. Looking a name up in it is a
/// plain conformance check (a `[String: Any]` conforms to `MustacheParent` only conditionally,
/// which the runtime checks far more slowly on every lookup).
final class ContextNode: MustacheParent {
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }
}
