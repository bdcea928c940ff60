import KartaCore

/// What a theme needs to write its own Russian sentences the way karta writes values: counts with
/// the noun in the right form, and the typography (`\(typeset:)` in a template).
public enum Wording {
    /// «1 мероприятие», «2 мероприятия», «5 мероприятий», with a no-break space.
    public static func count(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        RussianPlural.count(n, one, few, many)
    }
}

extension HTML.StringInterpolation {
    /// Text with Russian typography (quotes, dashes, no-break spaces), escaped: a sentence a
    /// template writes around the page's values.
    public mutating func appendInterpolation(typeset value: String) {
        appendInterpolation(Format.typeset(value))
    }
}
