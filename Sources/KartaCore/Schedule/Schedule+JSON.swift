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

extension Recurrence {
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `{"frequency": …, "times": N, "weekdays": [...], "every_weeks": {"min": …, "max": …}}`.
    public var json: String {
        var fields = [
            "\"frequency\": \(JSONText.quote(frequency.rawValue))",
            "\"times\": \(times)",
            "\"weekdays\": [" + weekdays.map { JSONText.quote(Self.weekdayNames[$0 - 1]) }.joined(separator: ", ") + "]",
        ]
        if let everyMin, let everyMax {
            fields.append("\"every_weeks\": {\"min\": \(everyMin), \"max\": \(everyMax)}")
        }
        return "{" + fields.joined(separator: ", ") + "}"
    }
}
