import KartaCore

/// One compared field of a content type: the label a reviewer reads, the stored properties of the
/// model it covers (`DiffFieldsTests` requires every property to be covered or set aside), and the
/// comparison, which gives one detail line per difference.
struct DiffField<Root>: Sendable {
    let label: String
    let properties: [String]
    let compare: @Sendable (Root, Root) -> [String]
    /// The field's value as one line of text, for an item shown whole (a person in a list).
    let text: @Sendable (Root) -> String

    /// A value shown as text: «название: «старое» → «новое»».
    static func text(_ label: String, _ property: String, _ value: @escaping @Sendable (Root) -> String) -> DiffField {
        DiffField(
            label: label, properties: [property],
            compare: { old, new in
                let (a, b) = (value(old), value(new))
                return a == b ? [] : ["\(label): «\(a)» → «\(b)»"]
            }, text: value)
    }

    /// A list whose items are shown as text: each item removed, then each added; a list that only
    /// changed its order says so.
    static func list(_ label: String, _ property: String, _ items: @escaping @Sendable (Root) -> [String]) -> DiffField
    {
        DiffField(
            label: label, properties: [property],
            compare: { old, new in
                let (a, b) = (items(old), items(new))
                guard a != b else { return [] }
                let removed = a.removingEach(of: b), added = b.removingEach(of: a)
                if removed.isEmpty, added.isEmpty { return ["\(label): изменён порядок"] }
                return removed.map { "− \(label): «\($0)»" } + added.map { "+ \(label): «\($0)»" }
            }, text: { items($0).joined(separator: "; ") })
    }

    /// A value of a type with fields of its own (a person, the column captions), compared field by
    /// field: «подписал, должность: «…» → «…»».
    static func nested<Value: DiffFielded>(
        _ label: String, _ property: String,
        _ value: @escaping @Sendable (Root) -> Value?
    ) -> DiffField {
        DiffField(
            label: label, properties: [property],
            compare: { old, new in
                switch (value(old), value(new)) {
                case (nil, nil): return []
                case (nil, let added?): return ["+ \(label): «\(added.diffText)»"]
                case (let removed?, nil): return ["− \(label): «\(removed.diffText)»"]
                case (let a?, let b?): return Value.differences(a, b).map { "\(label), \($0)" }
                }
            }, text: { value($0)?.diffText ?? "" })
    }

    /// A Markdown text, compared paragraph by paragraph (`ParagraphDiff`).
    static func markdown(_ label: String, _ property: String, _ value: @escaping @Sendable (Root) -> String)
        -> DiffField
    {
        DiffField(
            label: label, properties: [property],
            compare: { old, new in
                ParagraphDiff.lines(label, value(old), value(new))
            }, text: value)
    }
}

extension Array where Element: Hashable {
    /// The elements left after taking one of each element of `other` away (a multiset difference),
    /// in their order.
    func removingEach(of other: [Element]) -> [Element] {
        var counts: [Element: Int] = [:]
        for element in other { counts[element, default: 0] += 1 }
        return filter { element in
            guard let count = counts[element], count > 0 else { return true }
            counts[element] = count - 1
            return false
        }
    }
}
