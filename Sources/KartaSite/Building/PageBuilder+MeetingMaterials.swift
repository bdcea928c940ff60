import KartaCore
import KartaDiff

extension PageBuilder {
    /// The materials of a meeting, computed for its date rather than the site's: a meeting looks at
    /// the roadmaps as they stood when it met.
    func meetingMaterials(_ index: Int) -> MeetingMaterialsPage {
        let resolved = site.meetings[index]
        let date = resolved.meeting.date ?? site.asOf
        let root = OutputPaths.root(of: resolved.paths.materials)
        let previous = site.meetingsByDate.compactMap { site.meetings[$0].meeting.date }.last { $0 < date }
        let line = { (item: RoadmapStatus.Item) in
            ReportPage.Overdue(
                id: item.event.id, title: Format.typeset(item.event.title), when: item.event.when,
                responsible: Format.typeset(item.event.responsible))
        }
        return MeetingMaterialsPage(
            shell: shell(root: root, job: .meeting(index, docx: false)),
            meeting: PageLink(
                href: OutputPaths.name(of: resolved.path), label: Format.typeset(Self.protocolTitle(resolved.meeting))),
            date: date.russianNumeric,
            roadmaps: materialRoadmaps(index).map { roadmap in
                let resolved = site.roadmaps[roadmap]
                let status = RoadmapStatus(resolved.roadmap.asItStood(on: date), asOf: date)
                return MeetingMaterialsPage.Roadmap(
                    title: Format.typeset(resolved.roadmap.title), href: root + resolved.path,
                    total: status.progress.total, done: status.progress.count(.done),
                    relevant: status.progress.relevant, percent: status.progress.percent,
                    states: EventState.allCases.map {
                        ReportPage.StateCount(label: $0.russianLabel, count: status.progress.count($0))
                    },
                    overdue: status.items.filter { $0.state == .overdue }.map(line),
                    sincePrevious: previous.map { previous in
                        // The content as it is, its states on the two dates: what was done and what
                        // fell overdue in between, by the dates the content records.
                        let changes = StatusChanges(
                            before: RoadmapStatus(resolved.roadmap.asItStood(on: previous), asOf: previous), now: status
                        )
                        return MeetingMaterialsPage.SincePrevious(
                            date: previous.russianNumeric, edits: edits(resolved.roadmap, meeting: index),
                            done: changes.done.map(line),
                            newlyOverdue: changes.newlyOverdue.map(line))
                    })
            },
            indicators: materialRoadmaps(index).compactMap { roadmap in
                indicators(roadmap, schools: site.members[roadmap], root: root, until: date)
            },
            control: control(index, root: root))
    }

    /// A roadmap's edits between the content committed by the previous meeting's day and by this
    /// one's (or as it is, for the latest meeting): nil when the content's history is not known.
    private func edits(_ roadmap: Roadmap, meeting index: Int) -> [ReportPage.Since.Change]? {
        guard let (previous, own) = site.meetingVersions[site.meetings[index].meeting.slug] else { return nil }
        let now = own.map { $0.roadmaps[roadmap.slug] } ?? roadmap
        guard let now else { return [] }
        let content = Content(site: site.site, schools: site.schools.map(\.school))
        return ContentDiff.changes(of: previous.roadmaps[roadmap.slug], now, oldContent: content, newContent: content)
            .map(Self.change)
    }

    /// The roadmaps this meeting's or an earlier one's decisions concern; every roadmap when none
    /// names one.
    private func materialRoadmaps(_ index: Int) -> [Int] {
        let date = site.meetings[index].meeting.date ?? site.asOf
        let named = Set(
            site.meetings.filter { $0.meeting.date.map { $0 <= date } ?? true }.flatMap(\.decisions)
                .compactMap(\.roadmap))
        return named.isEmpty ? Array(site.roadmaps.indices) : named.sorted()
    }
}
