extension Schedule {
    /// `{"text": …, "kind": …, "intervals": [{"from": …, "to": …}], "recurrence": {…}}` on one
    /// line, keys in this order: `karta when --json`.
    public var json: String {
        JSONValue.object([("text", .string(text))] + understood).compactText
    }

    /// How the term is understood — `kind`, `intervals` and, when it repeats, `recurrence` — as
    /// the fields of a JSON object (also the open data's `schedule`).
    public var understood: [(String, JSONValue)] {
        var fields: [(String, JSONValue)] = [
            ("kind", .string(kind.rawValue)),
            (
                "intervals",
                .array(intervals.map { .object([("from", .string($0.from.iso)), ("to", .string($0.to.iso))]) })
            )
        ]
        if let recurrence { fields.append(("recurrence", recurrence.json)) }
        return fields
    }
}
