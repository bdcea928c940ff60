import KartaCore

/// Text and number formatting shared by the views; byte-stable on every machine.
enum Format {
    /// Typography for a value from front matter.
    static func text(_ value: String) -> String { typeset.value(for: TextKey(value)) { RussianTypography.apply(value) } }

    /// The same measure title appears on the roadmap page, its report, its order and every school
    /// page; it is typeset once.
    private static let typeset = BoundedCache<TextKey, String>(capacity: 500_000)

    /// Position and name for a signature line.
    static func signatory(_ person: Person?) -> ContextNode? {
        person.map { ["position": text($0.position), "name": text($0.name)] }
    }

    /// A coordinate with at most one decimal: «12», «12.5».
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// «1 мероприятие», «2 мероприятия», «5 мероприятий».
    static func plural(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let mod10 = n % 10, mod100 = n % 100
        if mod10 == 1 && mod100 != 11 { return "\(n)\u{00A0}\(one)" }
        if (2...4).contains(mod10) && !(12...14).contains(mod100) { return "\(n)\u{00A0}\(few)" }
        return "\(n)\u{00A0}\(many)"
    }

    /// «с 01.09.2023 по 31.08.2024» for a period.
    static func period(_ period: Period) -> String { text(period.russianDescription) }

    /// An HTML id from a measure number: «1.3» → «event-1-3».
    static func anchor(_ id: String) -> String {
        var slug = ""
        for scalar in id.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
