import KartaCore
import KartaDiff

extension PageBuilder {
    /// - Parameters:
    ///   - docx: the size of the roadmap's Word document, when there is one.
    ///   - reportDocx: the size of the report's own Word document, when there is one.
    func report(_ index: Int, docx: Int? = nil, reportDocx: Int? = nil) -> ReportPage {
        let resolved = site.roadmaps[index]
        let status = resolved.status
        let asOf = status.asOf.russianNumeric
        return ReportPage(
            shell: shell(root: OutputPaths.root(of: resolved.paths.report), job: .report(index, docx: false)),
            roadmapTitle: Format.typeset(status.roadmap.title),
            issuer: Format.typeset(status.roadmap.issuer),
            period: Format.period(status.roadmap.period),
            reportDate: asOf,
            roadmapHref: OutputPaths.name(of: resolved.paths.page),
            roadmapDocx: docx.map { documentLink(resolved.paths.docx, size: $0) },
            docx: reportDocx.map { documentLink(resolved.paths.reportDocx, size: $0) },
            pdf: pdfLink(resolved.paths.reportPDF),
            roadmapPDF: pdfLink(resolved.paths.pdf),
            total: status.progress.total,
            done: status.progress.count(.done),
            relevant: status.progress.relevant,
            percent: status.progress.percent,
            states: EventState.allCases.map {
                ReportPage.StateCount(label: $0.russianLabel, count: status.progress.count($0))
            },
            stages: status.stages.map { stage in
                ReportPage.StageSummary(
                    title: Format.typeset(stage.stage.title), total: stage.progress.total,
                    done: stage.progress.count(.done), overdue: stage.progress.count(.overdue),
                    percent: stage.progress.percent)
            },
            overdue: status.items.filter { $0.state == .overdue }.map { item in
                ReportPage.Overdue(
                    id: item.event.id, title: Format.typeset(item.event.title), when: item.event.when,
                    responsible: Format.typeset(item.event.responsible))
            },
            table: measuresTable(status, root: OutputPaths.root(of: resolved.paths.report)),
            indicators: indicators(
                index, schools: site.members[index], root: OutputPaths.root(of: resolved.paths.report)),
            decisions: site.decisions(concerningRoadmap: index).filter {
                site.meetings[$0.meeting].meeting.date.map { $0 <= site.asOf } ?? true
            }.map {
                decisionLine(
                    site.meetings[$0.meeting].decisions[$0.decision], of: $0.meeting, asOf: site.asOf,
                    root: OutputPaths.root(of: resolved.paths.report))
            },
            signatory: site.site.coordinator.map(person),
            since: since.map { since(index, earlier: $0) })
    }

    /// A change as a report or a meeting's materials list it: «+», «−», «~» or «!», what, and how.
    static func change(_ change: ContentChanges.Change) -> ReportPage.Since.Change {
        let marks: [ContentChanges.Change.Kind: String] = [.added: "+", .removed: "−", .changed: "~", .problem: "!"]
        return ReportPage.Since.Change(
            mark: marks[change.kind]!, subject: Format.typeset(change.subject),
            details: change.details.map(Format.typeset))
    }

    private func since(_ index: Int, earlier: EarlierVersion) -> ReportPage.Since {
        let resolved = site.roadmaps[index], status = resolved.status
        let changes = earlier.changes(of: status)
        let line = { (item: RoadmapStatus.Item) in
            ReportPage.Overdue(
                id: item.event.id, title: Format.typeset(item.event.title), when: item.event.when,
                responsible: Format.typeset(item.event.responsible))
        }
        // The roadmap's schools name those it lists; a school it no longer lists is named by its slug.
        let content = Content(site: site.site, schools: resolved.schools.map { site.schools[$0].school })
        var then = Content(site: site.site, schools: earlier.schools)
        then.rounds = earlier.rounds.filter { $0.date <= site.asOf }
        var now = content
        now.rounds = site.indicators[index].rounds.map(\.table)
        let edits =
            ContentDiff.changes(
                of: earlier.roadmaps[status.roadmap.slug], status.roadmap, oldContent: content, newContent: content)
            + MonitoringDiff.changes(roadmap: status.roadmap.slug, old: then, new: now, indicators: status.roadmap)
        return ReportPage.Since(
            date: earlier.date.russianNumeric,
            version: earlier.name,
            changes: edits.map(Self.change),
            done: changes.done.map(line),
            newlyOverdue: changes.newlyOverdue.map(line),
            termsMoved: changes.termsMoved.map {
                ReportPage.Since.Moved(
                    id: $0.item.event.id, title: Format.typeset($0.item.event.title), before: $0.before,
                    now: $0.item.event.when)
            })
    }
}
