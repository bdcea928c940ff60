extension SiteResolver {
    /// Links each monitoring table to its roadmap, its columns to the roadmap's indicators and its
    /// rows to schools (by slug, short name or full name, ignoring case, «ё», quotes and spaces),
    /// and each school's own targets to the roadmap and indicator they name. Tables after the
    /// date statuses are computed for are checked as the others, named in a warning (as a measure
    /// done after it is) and left out of the values.
    mutating func resolveIndicators(
        _ roadmaps: [ResolvedRoadmap], schools: [ResolvedSchool], asOf: LocalDate
    ) -> [RoadmapIndicators] {
        var rounds = [[MonitoringRound]](repeating: [], count: roadmaps.count)
        for round in content.rounds {
            guard let index = roadmapPosition(round.roadmap, at: SourceLocation(file: round.file)) else { continue }
            rounds[index].append(round)
        }
        var names = SchoolNames(content.schools, slugs: schoolIndex)
        // The schools in each roadmap, those it lists and those that list it: a school's links hold both.
        var membership = [Set<Int>](repeating: [], count: roadmaps.count)
        if !content.rounds.isEmpty {
            for (school, resolved) in schools.enumerated() {
                for link in resolved.roadmaps { membership[link.roadmap].insert(school) }
            }
        }
        var result: [RoadmapIndicators] = []
        for (index, roadmap) in roadmaps.enumerated() {
            let indicators = roadmap.roadmap.indicators
            let ids = indicatorIndex(indicators)
            var values = [[Int: [Double?]]](repeating: [:], count: indicators.count)
            var seenDates: [LocalDate: String] = [:]
            let tables = rounds[index]
            let members = membership[index]
            // The rounds shown, and where each table's values go among them (nil: after the date).
            var shown: [MonitoringRound] = [], slots: [Int?] = []
            for table in tables {
                slots.append(table.date <= asOf ? shown.count : nil)
                if table.date <= asOf { shown.append(table) }
            }
            for (position, round) in tables.enumerated() {
                if slots[position] == nil {
                    diagnostics.report(
                        ResolveError.roundAfterAsOf(date: round.date, asOf: asOf), at: SourceLocation(file: round.file))
                }
                if let first = seenDates[round.date] {
                    diagnostics.report(
                        ResolveError.duplicateRound(date: round.date, first: SourceLocation(file: first)),
                        at: SourceLocation(file: round.file))
                }
                seenDates[round.date] = round.file
                let columns = round.columns.map { column -> Int? in
                    if let position = ids[column.value] { return position }
                    diagnostics.report(
                        ResolveError.unknownIndicator(
                            column.value, suggestion: NearestWord.find(column.value, among: indicators.map(\.id))),
                        at: column.location)
                    return nil
                }
                var rowOf: [Int: SourceLocation] = [:]
                for row in round.rows {
                    guard let school = names.find(row.school.value) else {
                        let known = members.sorted().map { content.schools[$0].displayName }
                        diagnostics.report(
                            ResolveError.unknownSchool(
                                row.school.value, suggestion: NearestWord.find(row.school.value, among: known)),
                            at: row.school.location)
                        continue
                    }
                    guard members.contains(school) else {
                        diagnostics.report(
                            ResolveError.schoolNotInRoadmap(row.school.value, roadmap: roadmap.roadmap.slug),
                            at: row.school.location)
                        continue
                    }
                    if let first = rowOf[school] {
                        diagnostics.report(
                            ResolveError.repeatedReference(slug: row.school.value, first: first),
                            at: row.school.location)
                        continue
                    }
                    rowOf[school] = row.school.location
                    guard let slot = slots[position] else { continue }
                    for (column, value) in zip(columns, row.values) {
                        guard let column, let value else { continue }
                        values[column][school, default: Array(repeating: nil, count: shown.count)][slot] = value
                    }
                }
            }
            result.append(
                RoadmapIndicators(
                    rounds: shown.map { RoadmapIndicators.Round(date: $0.date, file: $0.file, table: $0) },
                    values: values,
                    targets: Array(repeating: [:], count: indicators.count)))
        }
        resolveTargets(roadmaps, schools: schools, into: &result)
        return result
    }

    /// Each school's `targets`, by roadmap and indicator.
    private mutating func resolveTargets(
        _ roadmaps: [ResolvedRoadmap], schools: [ResolvedSchool], into result: inout [RoadmapIndicators]
    ) {
        for (schoolIndex, school) in content.schools.enumerated() {
            for targets in school.targets {
                guard let index = roadmapPosition(targets.roadmap.value, at: targets.roadmap.location) else { continue }
                guard schools[schoolIndex].roadmaps.contains(where: { $0.roadmap == index }) else {
                    diagnostics.report(
                        ResolveError.schoolNotInRoadmap(school.displayName, roadmap: targets.roadmap.value),
                        at: targets.roadmap.location)
                    continue
                }
                let indicators = roadmaps[index].roadmap.indicators
                var own = result[index].targets
                for value in targets.values {
                    guard let position = indicators.firstIndex(where: { $0.id == value.indicator.value }) else {
                        diagnostics.report(
                            ResolveError.unknownIndicator(
                                value.indicator.value,
                                suggestion: NearestWord.find(value.indicator.value, among: indicators.map(\.id))),
                            at: value.indicator.location)
                        continue
                    }
                    own[position][schoolIndex] = value.value
                }
                result[index] = RoadmapIndicators(
                    rounds: result[index].rounds, values: result[index].values, targets: own)
            }
        }
    }

    /// A roadmap named by a table's folder or a school's targets; reported when there is none.
    private mutating func roadmapPosition(_ slug: String, at location: SourceLocation) -> Int? {
        if let index = roadmapIndex[slug] { return index }
        if content.undecoded[.roadmap]?.contains(slug) == true { return nil }
        diagnostics.report(
            ResolveError.unknownReference(
                kind: .roadmap, slug: slug, suggestion: NearestWord.find(slug, among: content.roadmaps.map(\.slug))),
            at: location)
        return nil
    }

    /// Indicator ids to positions; an id seen before is reported and keeps the first.
    private mutating func indicatorIndex(_ indicators: [Indicator]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (position, indicator) in indicators.enumerated() {
            if let first = index[indicator.id] {
                diagnostics.report(
                    ResolveError.duplicateIndicator(indicator.id, first: indicators[first].location),
                    at: indicator.location)
            } else {
                index[indicator.id] = position
            }
        }
        return index
    }
}
