import KartaCore

/// `roadmaps/<slug>/indicators.csv`: a roadmap's indicators for a spreadsheet, a row per
/// indicator, school and round, as `MeasuresCSV` writes (UTF-8 with a mark, `;`, CRLF).
enum IndicatorsCSV {
    static let header = [
        "Код", "Показатель", "Единица", "Лучше", "Школа", "Дата мониторинга", "Значение", "Цель", "Цель достигнута"
    ]

    static func text(_ site: ResolvedSite, roadmap index: Int) -> String {
        let roadmap = site.roadmaps[index].roadmap, data = site.indicators[index]
        var rows = [header]
        for (position, indicator) in roadmap.indicators.enumerated() {
            for school in data.schools(position) {
                guard let values = data.values(position, school: school) else { continue }
                let target = data.target(position, school: school, in: roadmap)
                for (round, value) in zip(data.rounds, values) {
                    guard let value else { continue }
                    rows.append([
                        indicator.id, indicator.title, indicator.unit,
                        indicator.better == .lower ? "меньше" : "больше", site.schools[school].school.displayName,
                        round.date.russianNumeric, decimal(value), target.map(decimal) ?? "",
                        target.map { indicator.reaches(value, $0) ? "да" : "нет" } ?? ""
                    ])
                }
            }
        }
        return "\u{FEFF}" + rows.map { $0.map(MeasuresCSV.field).joined(separator: ";") }.joined(separator: "\r\n")
            + "\r\n"
    }

    /// «34,5» as a Russian spreadsheet reads a number.
    static func decimal(_ value: Double) -> String {
        String(String.UnicodeScalarView(JSONValue.decimal(value).unicodeScalars.map { $0 == "." ? "," : $0 }))
    }
}
