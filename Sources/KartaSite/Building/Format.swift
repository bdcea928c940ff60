import KartaCore

/// Text and number formatting shared by the page builders; byte-stable on every machine.
enum Format {
    /// A value from front matter with Russian typography (`RussianTypography`). The same measure
    /// title appears on the roadmap page, its report, its order and every school page, so results
    /// are remembered and each text is typeset once.
    static func typeset(_ value: String) -> String {
        typeset.value(for: TextKey(value)) { RussianTypography.apply(value) }
    }

    private static let typeset = BoundedCache<TextKey, String>(capacity: 500_000)

    /// A coordinate with at most one decimal: «12», «12.5».
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// «1 мероприятие», «2 мероприятия», «5 мероприятий».
    static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        RussianPlural.count(n, one, few, many)
    }

    /// «2022 год», «2023–2024 учебный год», «01.09.2023 – 31.08.2024», typeset.
    static func period(_ period: Period) -> String { typeset(period.russianDescription) }
}
