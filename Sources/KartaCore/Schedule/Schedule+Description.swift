extension Schedule {
    /// How karta understood the term, one Russian sentence.
    public var russianDescription: String {
        let spans = intervals.map(Self.describe).joined(separator: "; ")
        switch kind {
        case .dates:
            return intervals.count == 1 ? "Сроки: \(spans)." : "Сроки (\(intervals.count)): \(spans)."
        case .deadline:
            return "Срок: до \(intervals[0].to.russianNumeric) включительно (с \(intervals[0].from.russianNumeric))."
        case .wholePeriod:
            return "Весь период: \(spans)."
        case .recurring:
            return "Регулярно: \(recurrence.map(Self.describe) ?? "повторяется"), \(spans)."
        case .bySchedule:
            return "По отдельному графику: дат в тексте нет."
        case .unknown:
            return "Срок не распознан; текст сохраняется как написан."
        }
    }

    static func describe(_ interval: DayInterval) -> String {
        interval.from == interval.to
            ? interval.from.russianNumeric
            : "с \(interval.from.russianNumeric) по \(interval.to.russianNumeric)"
    }

    static func describe(_ recurrence: Recurrence) -> String {
        let units: [Recurrence.Frequency: String] = [
            .daily: "в день", .weekly: "в неделю", .monthly: "в месяц", .quarterly: "в квартал",
            .term: "в четверть", .halfYear: "в полугодие", .yearly: "в год"
        ]
        let days = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
        var text: String
        switch recurrence.frequency {
        case .everyWeeks:
            let low = recurrence.everyMin ?? 1, high = recurrence.everyMax ?? low
            text = "\(recurrence.times) раз в \(low == high ? "\(low)" : "\(low)–\(high)") нед."
        case .asNeeded:
            text = "по мере необходимости"
        default:
            text =
                "\(recurrence.times) \(recurrence.times % 10 >= 2 && recurrence.times % 10 <= 4 ? "раза" : "раз") \(units[recurrence.frequency] ?? "")"
        }
        if !recurrence.weekdays.isEmpty {
            text += " (" + recurrence.weekdays.map { days[$0 - 1] }.joined(separator: ", ") + ")"
        }
        return text
    }
}
