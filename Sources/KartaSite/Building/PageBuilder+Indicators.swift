import KartaCore

extension PageBuilder {
    /// A roadmap's indicators with a row per school in `schools` that has a value or a target;
    /// nil when the roadmap declares none.
    /// - Parameters:
    ///   - root: the way from the page to the site root.
    ///   - linkSchools: link each school's section (not on the school's own).
    /// - Parameter until: only the rounds up to this date (a meeting's materials); all when nil.
    func indicators(
        _ index: Int, schools: [Int], root: String, linkSchools: Bool = true, until: LocalDate? = nil
    ) -> IndicatorsTable? {
        let resolved = site.roadmaps[index], data = site.indicators[index]
        let roadmap = resolved.roadmap
        guard !roadmap.indicators.isEmpty else { return nil }
        // Rounds are by date: those up to `until` are a prefix, and so are their values.
        let count = until.map { until in data.rounds.prefix { $0.date <= until }.count } ?? data.rounds.count
        let rounds = data.rounds.prefix(count).map(\.date.russianNumeric)
        let indicators = roadmap.indicators.enumerated().map { position, indicator in
            let rows = schools.compactMap { school -> IndicatorsTable.Row? in
                let values = Array(
                    (data.values(position, school: school) ?? Array(repeating: nil, count: data.rounds.count)).prefix(
                        count))
                let target = data.target(position, school: school, in: roadmap)
                guard values.contains(where: { $0 != nil }) || target != nil else { return nil }
                let known = values.compactMap { $0 }
                let last = known.last
                return IndicatorsTable.Row(
                    school: Format.typeset(site.schools[school].school.displayName),
                    href: linkSchools ? root + site.schools[school].path : "",
                    values: values.map { $0.map(IndicatorNumber.format) ?? "—" },
                    target: target.map(IndicatorNumber.format) ?? "",
                    change: known.count > 1 ? Self.signed(known[known.count - 1] - known[0]) : "",
                    reached: last.flatMap { last in target.map { indicator.reaches(last, $0) } },
                    chart: IndicatorChart(values: values, rounds: rounds, target: target))
            }
            return IndicatorsTable.Indicator(
                id: indicator.id, title: Format.typeset(indicator.title), unit: indicator.unit,
                lowerIsBetter: indicator.better == .lower, rows: rows,
                reached: rows.count { $0.reached == true }, measured: rows.count { $0.reached != nil })
        }
        return IndicatorsTable(
            roadmapTitle: Format.typeset(roadmap.title), roadmapHref: root + resolved.path,
            rounds: rounds, indicators: indicators)
    }

    /// «+2,5», «−5,5», «0».
    static func signed(_ value: Double) -> String {
        let text = IndicatorNumber.format(value)
        return value > 0 && text != "0" ? "+" + text : text
    }
}
