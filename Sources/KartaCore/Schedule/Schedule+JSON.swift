extension Schedule {
    /// `{"text": …, "kind": …, "intervals": [{"from": …, "to": …}], "recurrence": {…}}`, keys in this order.
    public var json: String {
        var fields = [
            "\"text\": \(JSONText.quote(text))",
            "\"kind\": \(JSONText.quote(kind.rawValue))",
            "\"intervals\": [" + intervals.map {
                "{\"from\": \(JSONText.quote($0.from.iso)), \"to\": \(JSONText.quote($0.to.iso))}"
            }.joined(separator: ", ") + "]",
        ]
        if let recurrence { fields.append("\"recurrence\": \(recurrence.json)") }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
