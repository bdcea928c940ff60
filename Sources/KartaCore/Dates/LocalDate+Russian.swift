extension LocalDate {
    /// «29 сентября 2023 г.» with non-breaking spaces, as in a document.
    public var russianVerbal: String {
        "\(day)\u{00A0}\(RussianMonths.genitive[month - 1])\u{00A0}\(year)\u{00A0}г."
    }
}
