import KartaCore

extension PageBuilder {
    /// - Parameter root: the way to the site root: relative to the school's folder, or `base_url`
    ///   for a fragment pasted into another site.
    /// - Parameter list: the rendered list of a school's measures in a roadmap, given the link
    ///   and the href of the roadmap page.
    /// - Parameter documentSize: the size of a roadmap's Word document, when the build writes them.
    func schoolSection(
        _ index: Int, root: String, documentSize: ((Int) -> Int)? = nil,
        list: (ResolvedSchool.RoadmapLink, String) -> HTML
    ) -> SchoolSection {
        let resolved = site.schools[index]
        let school = resolved.school
        let own = site.ownRoadmaps(of: index)
        let others = resolved.roadmaps.filter { site.roadmaps[$0.roadmap].roadmap.level != .school }
        return SchoolSection(
            slug: school.slug,
            name: Format.typeset(school.name),
            shortName: Format.typeset(school.displayName),
            joined: school.joined,
            address: Format.typeset(school.address),
            director: Format.typeset(school.director),
            responsible: school.responsible.map(person),
            progress: progress(resolved.progress),
            riskProfiles: school.riskProfiles.map(Format.typeset),
            curators: school.curators.map(person),
            methodists: school.methodists.map(person),
            documentGroups: SchoolDocumentKind.allCases.compactMap { kind in
                let documents = school.documents.filter { $0.kind == kind }
                guard !documents.isEmpty else { return nil }
                return SchoolSection.DocumentGroup(
                    kind: kind,
                    documents: documents.map { document in
                        SchoolSection.Document(
                            title: Format.typeset(document.title), href: SiteLink.href(document.href, root: root),
                            file: fileInfo(document.href),
                            date: document.date?.russianNumeric ?? "",
                            riskProfile: Format.typeset(document.riskProfile ?? ""),
                            signed: signedCopy(document.signed, root: root))
                    })
            },
            ownRoadmaps: own.map { link in
                let roadmap = site.roadmaps[link.roadmap]
                let docx = documentSize.map { size in
                    documentLink(roadmap.paths.docx, size: size(link.roadmap), root: root)
                }
                return SchoolSection.OwnRoadmap(
                    title: Format.typeset(roadmap.roadmap.title), href: root + roadmap.path,
                    period: Format.period(roadmap.roadmap.period),
                    progress: progress(roadmap.status.progress),
                    table: measuresTable(roadmap.status, root: root), docx: docx,
                    pdf: pdfLink(roadmap.paths.pdf, root: root))
            },
            roadmaps: others.map { link in
                let roadmap = site.roadmaps[link.roadmap]
                let href = root + roadmap.path
                return SchoolSection.Measures(
                    title: Format.typeset(roadmap.roadmap.title), href: href,
                    progress: progress(link.progress), list: list(link, href))
            },
            indicators: resolved.roadmaps.compactMap { link in
                indicators(link.roadmap, schools: [index], root: root, linkSchools: false)
                    .flatMap { table in table.indicators.contains { !$0.rows.isEmpty } ? table : nil }
            },
            decisions: site.decisions(concerningSchool: index).map {
                decisionLine(
                    site.meetings[$0.meeting].decisions[$0.decision], of: $0.meeting, asOf: site.asOf, root: root,
                    extract: true)
            },
            body: HTML(raw: MarkdownRenderer.html(school.body, root: root)),
            calendarHref: root + resolved.paths.calendar)
    }

    /// The measures of a roadmap that concern a school, linked to their rows on the roadmap page.
    func schoolMeasures(_ link: ResolvedSchool.RoadmapLink, href: String) -> [SchoolSection.Measure] {
        let status = site.roadmaps[link.roadmap].status
        return link.items.map { index in
            let item = status.items[index]
            return SchoolSection.Measure(
                id: item.event.id, title: Format.typeset(item.event.title), when: item.event.when,
                state: item.state.rawValue, stateLabel: item.state.russianLabel,
                href: href + "#" + item.anchor)
        }
    }
}
