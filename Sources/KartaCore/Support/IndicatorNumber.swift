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
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }

    /// «34,5», «12», «−3,25»: up to two decimals, a decimal comma, a minus sign.
    public static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = abs(hundredths) / 100, fraction = abs(hundredths) % 100
        let sign = hundredths < 0 ? "\u{2212}" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(sign)\(whole),\(digits)"
    }
}
