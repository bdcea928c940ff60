import KartaCore

/// A small site whose roadmap has two indicators and two schools, loaded with one monitoring
/// table: the whole way a table goes (read, decode, match to schools and indicators, values).
public enum MonitoringSite {
    static let texts: [String: Result<String, Diagnostic>] = [
        "site.yml": .success("title: Сайт\nas_of: 2026-02-02\n"),
        "roadmaps/plan.md": .success(
            """
            ---
            title: Карта
            level: municipal
            period: {academic_year: 2025-2026}
            schools: [sosnovka, klyuchi]
            indicators:
              - {id: vpr, title: Доля не достигших, unit: "%", better: lower, target: 15}
              - {id: teachers, title: Доля педагогов, unit: "%", target: 80}
            ---

            """),
        "schools/sosnovka.md": .success(
            "---\nname: МБОУ «Сосновская средняя школа»\nshort_name: Сосновская СОШ\n---\n"),
        "schools/klyuchi.md": .success("---\nname: Ключевская ООШ\n---\n")
    ]

    /// The site without the table, decoded once: each run decodes and resolves only the table.
    nonisolated(unsafe) static let base = ContentLoader.decode(ContentSources(root: "/fuzz", read: texts))

    /// Decodes the table and resolves it with the site, and traps when what comes out does not
    /// hold together: a diagnostic of the table outside it, a value that is not a finite number,
    /// a round after the site's date shown, values not one per round shown.
    public static func check(table bytes: [UInt8], named name: String, lines: Int?) {
        let relative = "monitoring/plan/" + name
        let path = "/fuzz/" + relative
        let (round, problems) = MonitoringTable.decode(relative: relative, path: path, bytes: bytes)
        var content = base.content
        // The same table once more, dated after the site's date: checked as well, and not shown.
        if let round {
            var later = round
            later.date = LocalDate(year: 2026, month: 3, day: 1)!
            content.rounds = [round, later]
        }
        let site = SiteResolver.resolve(
            content, asOf: LocalDate(year: 2026, month: 2, day: 2)!, contentDirectory: "/nonexistent")
        let diagnostics = problems + site.diagnostics.all
        for diagnostic in diagnostics where diagnostic.location.file == path {
            guard let position = diagnostic.location.position else { continue }
            if position.line < 1 || position.column < 1 || lines.map({ position.line > $0 + 1 }) == true {
                fatalError("\(diagnostic) outside the table")
            }
        }
        _ = DiagnosticFormatter(sources: [:]).format(diagnostics.sorted())
        for data in site.indicators {
            if data.rounds.count > 1 { fatalError("a round after the site's date is shown") }
            for values in data.values.flatMap(\.values) {
                if values.count != data.rounds.count {
                    fatalError("\(values.count) values for \(data.rounds.count) rounds")
                }
                if let value = values.compactMap({ $0 }).first(where: { !$0.isFinite }) {
                    fatalError("a value of \(value)")
                }
            }
        }
    }
}
