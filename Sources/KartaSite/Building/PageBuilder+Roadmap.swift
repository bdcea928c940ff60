import KartaCore

extension PageBuilder {
    /// - Parameters:
    ///   - docx: the size of the roadmap's Word document beside the page, when there is one.
    ///   - reportDocx: the size of the report's Word document, when there is one.
    func roadmap(_ index: Int, docx: Int? = nil, reportDocx: Int? = nil) -> RoadmapPage {
        let resolved = site.roadmaps[index]
        let roadmap = resolved.roadmap
        let root = OutputPaths.root(of: resolved.path)
        return RoadmapPage(
            shell: shell(root: root, job: .roadmap(index, docx: false)),
            title: Format.typeset(roadmap.title),
            level: roadmap.level.russianAdjective,
            issuer: Format.typeset(roadmap.issuer),
            period: Format.period(roadmap.period),
            approvedBy: resolved.order.map { orderLink(site.orders[$0], root: root) },
            schools: resolved.schools.map { school in
                PageLink(
                    href: root + site.schools[school].path,
                    label: Format.typeset(site.schools[school].school.displayName))
            },
            progress: progress(resolved.status.progress),
            reportHref: OutputPaths.name(of: resolved.paths.report),
            docx: docx.map { documentLink(resolved.paths.docx, size: $0) },
            documentHref: OutputPaths.name(of: resolved.paths.document),
            pdf: pdfLink(resolved.paths.pdf),
            reportPDF: pdfLink(resolved.paths.reportPDF),
            reportDocx: reportDocx.map { documentLink(resolved.paths.reportDocx, size: $0) },
            data: RoadmapPage.OpenDataLinks(
                table: OutputPaths.name(of: resolved.paths.table),
                calendar: OutputPaths.name(of: resolved.paths.calendar), json: root + resolved.paths.data,
                indicators: roadmap.indicators.isEmpty ? nil : OutputPaths.name(of: resolved.paths.indicators)),
            goal: Format.typeset(roadmap.goal),
            tasks: roadmap.tasks.map(Format.typeset),
            timeline: timeline(resolved.status),
            table: measuresTable(resolved.status, root: root),
            indicators: indicators(index, schools: site.members[index], root: root),
            decisions: site.decisions(concerningRoadmap: index).map {
                decisionLine(
                    site.meetings[$0.meeting].decisions[$0.decision], of: $0.meeting, asOf: site.asOf, root: root)
            },
            body: HTML(raw: MarkdownRenderer.html(roadmap.body, root: root)))
    }
}
