extension Site {
    /// The date statuses are computed for, karta's one rule: the date asked for (`--as-of`),
    /// else `as_of` of site.yml, else today.
    public func statusDate(asked: LocalDate?, today: LocalDate) -> LocalDate {
        asked ?? asOf ?? today
    }
}
