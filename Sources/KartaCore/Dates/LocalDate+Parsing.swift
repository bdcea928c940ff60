extension LocalDate {
    /// Parses `YYYY-MM-DD` or `DD.MM.YYYY` (a trailing «г.» is allowed after the latter).
    public init?(parsing text: String) {
        var s = Substring(text.trimmingSpaces())
        for suffix in ["г.", "г"] where s.hasSuffix(suffix) {
            s = s.dropLast(suffix.count)
            s = Substring(String(s).trimmingSpaces())
        }
        let dashed = s.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4, let y = Int(dashed[0]), let m = Int(dashed[1]),
            let d = Int(dashed[2]), dashed[1].count == 2, dashed[2].count == 2
        {
            self.init(year: y, month: m, day: d)
            return
        }
        let dotted = s.split(separator: ".", omittingEmptySubsequences: false)
        if dotted.count == 3, dotted[2].count == 4, (1...2).contains(dotted[0].count),
            (1...2).contains(dotted[1].count), let d = Int(dotted[0]), let m = Int(dotted[1]),
            let y = Int(dotted[2])
        {
            self.init(year: y, month: m, day: d)
            return
        }
        return nil
    }
}
