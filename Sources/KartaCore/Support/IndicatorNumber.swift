/// Numbers as people write them in tables and as Excel saves them with Russian settings: «34,5»,
/// «34.5», «34,5 %», «1 234», «−3» (a minus sign) — and «34,5» back for a page.
public enum IndicatorNumber {
    /// Nil for anything else («н/д», «—», two commas).
    public static func parse(_ text: String) -> Double? {
        var cleaned = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\u{00A0}", "\u{202F}", "%": continue
            case ",": cleaned.append(".")
            case "\u{2212}", "\u{2013}": cleaned.append("-")
            default: cleaned.unicodeScalars.append(scalar)
            }
        }
        guard !cleaned.isEmpty, cleaned.count <= 32,
            cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }),
            let value = Double(cleaned), isInRange(value)
        else { return nil }
        return value
    }

    /// No indicator is a number of more than a trillion (a budget in roubles is far below), and
    /// pages compute with hundredths in integers: a larger value is a slip, not data.
    public static let limit = 1e12

    public static func isInRange(_ value: Double) -> Bool { value.isFinite && abs(value) <= limit }

    /// «34,5», «12», «−3,25»: up to two decimals, a decimal comma, a minus sign.
    /// A value out of range (a cell of an .xlsx, shown in a message) is written as Swift writes it.
    public static func format(_ value: Double) -> String {
        guard isInRange(value) else { return "\(value)" }
        let hundredths = Int((value * 100).rounded())
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        let sign = hundredths < 0 ? "\u{2212}" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(sign)\(whole),\(digits)"
    }
}
