import Mustache

/// A page's root context as `karta check` renders it: Mustache looks a name up in the root last, so
/// a name the root does not have was found nowhere and is recorded. Builds render the plain
/// `ContextNode` and pay nothing for this.
struct TracedContext: MustacheParent {
    let root: ContextNode
    let template: String
    let names: UnknownNames

    func child(named name: String) -> Any? {
        if let value = root.child(named: name) { return value }
        names.record(name, in: template)
        return nil
    }
}
