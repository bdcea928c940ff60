extension Recurrence {
    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

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
