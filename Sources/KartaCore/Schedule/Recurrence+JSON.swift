extension Recurrence {
    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// `{"frequency": …, "times": N, "weekdays": [...], "every_weeks": {"min": …, "max": …}}`.
    public var json: JSONValue {
        var fields: [(String, JSONValue)] = [
            ("frequency", .string(frequency.rawValue)),
            ("times", .int(times)),
            ("weekdays", .array(weekdays.map { .string(Self.weekdayNames[$0 - 1]) }))
        ]
        if let everyMin, let everyMax {
            fields.append(("every_weeks", .object([("min", .int(everyMin)), ("max", .int(everyMax))])))
        }
        return .object(fields)
    }
}
