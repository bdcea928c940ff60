import KartaCore

/// What changed in a roadmap's monitoring tables between two versions: rounds added or removed,
/// and each value changed, added or removed, named by indicator and school.
public enum MonitoringDiff {
    /// - Parameters:
    ///   - old, new: each version's schools and monitoring tables (`Content.rounds`).
    ///   - roadmap: the roadmap whose indicators name the columns.
    public static func changes(roadmap slug: String, old: Content, new: Content, indicators roadmap: Roadmap)
        -> [ContentChanges.Change]
    {
        let before = rounds(of: slug, in: old), after = rounds(of: slug, in: new)
        var changes: [ContentChanges.Change] = []
        for date in Set(before.keys).union(after.keys).sorted() {
            let subject = "мониторинг на \(date.russianNumeric)"
            switch (before[date], after[date]) {
            case (nil, let round?):
                changes.append(.init(kind: .added, subject: subject, details: [summary(round)]))
            case (let round?, nil):
                changes.append(.init(kind: .removed, subject: subject, details: [summary(round)]))
            case (let a?, let b?):
                let details = differences(values(a, in: old), values(b, in: new), roadmap: roadmap, content: new)
                if !details.isEmpty { changes.append(.init(kind: .changed, subject: subject, details: details)) }
            default: break
            }
        }
        return changes
    }

    private static func rounds(of slug: String, in content: Content) -> [LocalDate: MonitoringRound] {
        Dictionary(content.rounds.filter { $0.roadmap == slug }.map { ($0.date, $0) }, uniquingKeysWith: { a, _ in a })
    }

    private static func summary(_ round: MonitoringRound) -> String {
        let count = round.rows.reduce(0) { $0 + $1.values.count { $0 != nil } }
        return "школ: \(round.rows.count), значений: \(count)"
    }

    /// Values by indicator id and school: its slug where the name finds one, else the name as written.
    private static func values(_ round: MonitoringRound, in content: Content) -> [Key: Double] {
        var names = SchoolNames(content.schools)
        var values: [Key: Double] = [:]
        for row in round.rows {
            let school = names.find(row.school.value).map { content.schools[$0].slug } ?? row.school.value
            for (column, value) in zip(round.columns, row.values) {
                if let value { values[Key(indicator: column.value, school: school)] = value }
            }
        }
        return values
    }

    private struct Key: Hashable, Comparable {
        let indicator: String
        let school: String

        static func < (a: Key, b: Key) -> Bool { (a.indicator, a.school) < (b.indicator, b.school) }
    }

    /// «Доля …, МБОУ Сосновская СОШ: 34 → 28,5»; «—» where there was, or is, no value.
    private static func differences(
        _ old: [Key: Double], _ new: [Key: Double], roadmap: Roadmap, content: Content
    ) -> [String] {
        let order = { (key: Key) in roadmap.indicators.firstIndex { $0.id == key.indicator } ?? Int.max }
        return Set(old.keys).union(new.keys).sorted { (order($0), $0) < (order($1), $1) }.compactMap { key in
            guard old[key] != new[key] else { return nil }
            let title = roadmap.indicators.first { $0.id == key.indicator }?.title ?? key.indicator
            let school = content.schools.first { $0.slug == key.school }?.displayName ?? key.school
            let text = { (value: Double?) in value.map(IndicatorNumber.format) ?? "—" }
            return "\(title), \(school): \(text(old[key])) → \(text(new[key]))"
        }
    }
}
