/// Checks what no single file can: unique slugs and ids, references between files, safe links.
struct ContentResolver {
    let content: Content
    let contentDirectory: String

    func check(into diagnostics: inout Diagnostics) {
        checkUniqueSlugs(content.schools.map { ($0.slug, $0.file) }, kind: .school, into: &diagnostics)
        checkUniqueSlugs(content.roadmaps.map { ($0.slug, $0.file) }, kind: .roadmap, into: &diagnostics)
        checkUniqueSlugs(content.orders.map { ($0.slug, $0.file) }, kind: .order, into: &diagnostics)

        let references = ReferenceChecker(content: content)
        for school in content.schools {
            references.check(school.roadmaps, kind: .roadmap, into: &diagnostics)
            for document in school.documents {
                LinkChecker.check(document.href, at: document.location, contentDirectory: contentDirectory, into: &diagnostics)
            }
        }
        for roadmap in content.roadmaps {
            references.check(roadmap.schools, kind: .school, into: &diagnostics)
            references.check(Array([roadmap.approvedBy].compactMap { $0 }), kind: .order, into: &diagnostics)
            checkEvents(of: roadmap, references: references, into: &diagnostics)
        }
        for order in content.orders {
            for appendix in order.appendices {
                switch appendix {
                case .roadmap(let slug): references.check([slug], kind: .roadmap, into: &diagnostics)
                case .assignments(_, let schools): references.check(schools, kind: .school, into: &diagnostics)
                case .file(let link):
                    LinkChecker.check(link.href, at: link.location, contentDirectory: contentDirectory, into: &diagnostics)
                }
            }
        }
    }

    private func checkUniqueSlugs(_ items: [(slug: String, file: String)], kind: ContentKind,
                                  into diagnostics: inout Diagnostics) {
        var first: [String: String] = [:]
        for item in items {
            if let earlier = first[item.slug] {
                diagnostics.report(ContentError.duplicateSlug(item.slug, kind: kind,
                                                              first: SourceLocation(file: earlier, line: 1, column: 1)),
                                   at: SourceLocation(file: item.file, line: 1, column: 1))
            } else {
                first[item.slug] = item.file
            }
        }
    }

    private func checkTerm(of event: Event, in roadmap: Roadmap, into diagnostics: inout Diagnostics) {
        guard !event.when.isEmpty else { return }
        let schedule = event.schedule
        if schedule.kind == .unknown {
            diagnostics.report(ScheduleError.unknownTerm(event.when), at: event.whenLocation)
        } else if let first = schedule.firstDay, let last = schedule.lastDay,
                  schedule.kind == .dates ? first < roadmap.period.start || last > roadmap.period.end
                                          : last < roadmap.period.start || first > roadmap.period.end {
            diagnostics.report(ScheduleError.outsidePeriod(event.when, period: roadmap.period.russianDescription),
                               at: event.whenLocation)
        }
    }

    private func checkEvents(of roadmap: Roadmap, references: ReferenceChecker, into diagnostics: inout Diagnostics) {
        var seen: [String: SourceLocation] = [:]
        for event in roadmap.events {
            references.check(event.schools, kind: .school, into: &diagnostics)
            for link in event.evidence {
                LinkChecker.check(link.href, at: link.location, contentDirectory: contentDirectory, into: &diagnostics)
            }
            checkTerm(of: event, in: roadmap, into: &diagnostics)
            guard !event.id.isEmpty else { continue }
            if let first = seen[event.id] {
                diagnostics.report(ContentError.duplicateEventID(event.id, first: first), at: event.location)
            } else {
                seen[event.id] = event.location
            }
        }
    }
}
