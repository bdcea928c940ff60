/// A count with the noun in the form Russian grammar asks for.
public enum RussianPlural {
    /// «1 мероприятие», «2 мероприятия», «5 мероприятий», «11 мероприятий», «21 мероприятие»;
    /// the space is non-breaking.
    public static func count(_ n: Int, _ one: String, _ few: String, _ many: String) -> String {
        let mod10 = n % 10, mod100 = n % 100
        if mod10 == 1 && mod100 != 11 { return "\(n)\u{00A0}\(one)" }
        if (2...4).contains(mod10) && !(12...14).contains(mod100) { return "\(n)\u{00A0}\(few)" }
        return "\(n)\u{00A0}\(many)"
    }
}
