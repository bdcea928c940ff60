import KartaCore

/// The render phase for one page at a time: its model from the resolved site, its HTML from the theme.
public struct PageRenderer: Sendable {
    let builder: PageBuilder
    let theme: any Theme
    /// The scoped styles pasted into school fragments.
    let fragmentCSS: HTML
    /// School measure lists by roadmap, measures and href: shared by the schools of a municipality.
    private let lists = BoundedCache<TextKey, HTML>(capacity: 100_000)
    /// Calendar events by roadmap and measure: a municipal roadmap's measures appear in the
    /// calendar of every school they concern.
    private let events = BoundedCache<Int, String>(capacity: 200_000)

    /// - Parameter pdfSizes: the PDFs printed, by output path: pages then link them with their size.
    init(
        site: ResolvedSite, theme: any Theme, fragmentCSS: String, since: EarlierVersion? = nil,
        pdfSizes: [String: Int] = [:]
    ) {
        builder = PageBuilder(site: site, since: since, pdfSizes: pdfSizes)
        self.theme = theme
        self.fragmentCSS = HTML(raw: fragmentCSS)
    }

    /// The roadmap's Word document. Made by the roadmap's job and again, for its size, by the
    /// report's: a few kilobytes of zip, cheaper than ordering the jobs.
    private func roadmapDocx(_ index: Int) -> [UInt8] {
        RoadmapDocument.docx(builder.roadmapDocument(index))
    }

    /// The report's Word document, made from the report without links (it holds none): by the
    /// report's job, and by the roadmap's, which says its size.
    private func reportDocx(_ index: Int, roadmapDocx: Int) -> [UInt8] {
        ReportDocument.docx(builder.report(index, docx: roadmapDocx))
    }

    /// The job's files: its `outputs`, each with its bytes.
    func render(_ job: PageJob) -> [OutputFile] {
        zip(job.outputs(builder.site), contents(job)).map { OutputFile(path: $0, bytes: $1) }
    }

    /// The bytes of each of the job's outputs, in the order of `PageJob.outputs`.
    private func contents(_ job: PageJob) -> [[UInt8]] {
        let site = builder.site
        switch job {
        case .index:
            return [bytes(theme.index(builder.index()))]
        case .roadmap(let index, let docx):
            // The document first: the page says its size.
            let document = docx ? roadmapDocx(index) : nil
            let report = document.map { reportDocx(index, roadmapDocx: $0.count).count }
            let page = theme.roadmap(builder.roadmap(index, docx: document?.count, reportDocx: report))
            let printable = theme.roadmapDocument(builder.roadmapDocument(index, docx: document?.count))
            return [bytes(page), bytes(printable)] + (document.map { [$0] } ?? [])
        case .report(let index, let docx):
            guard docx else { return [bytes(theme.report(builder.report(index)))] }
            let roadmap = roadmapDocx(index).count
            let document = reportDocx(index, roadmapDocx: roadmap)
            return [bytes(theme.report(builder.report(index, docx: roadmap, reportDocx: document.count))), document]
        case .order(let index, let docx):
            guard docx else { return [bytes(theme.order(builder.order(index)))] }
            // The document first (it holds nothing of the page's links): the page says its size.
            let document = OrderDocument.docx(builder.order(index, forDocument: true))
            let page = builder.order(
                index, docx: builder.documentLink(site.orders[index].paths.docx, size: document.count))
            return [bytes(theme.order(page)), document]
        case .meeting(let index, let docx):
            let materialsAndExtracts =
                [bytes(theme.meetingMaterials(builder.meetingMaterials(index)))]
                + site.meetings[index].extractItems.map { item in
                    bytes(theme.meetingExtract(builder.meeting(index, extract: item)))
                }
            guard docx else { return [bytes(theme.meeting(builder.meeting(index)))] + materialsAndExtracts }
            let document = ProtocolDocument.docx(builder.meeting(index, forDocument: true))
            let page = builder.meeting(
                index, docx: builder.documentLink(site.meetings[index].paths.docx, size: document.count))
            return [bytes(theme.meeting(page))] + materialsAndExtracts + [document]
        case .school(let index, let docx):
            // The page and the fragment show the same section, rendered once with links relative to
            // the school's folder, which both files share; with `base_url` in site.yml the fragment's
            // links are absolute instead, so that it works pasted into another site.
            let school = site.schools[index]
            let root = OutputPaths.root(of: school.paths.page)
            let section = schoolSection(index, root: root, docx: docx)
            let fragmentSection = site.site.baseURL.map { schoolSection(index, root: $0, docx: docx) } ?? section
            let shortName = Format.typeset(school.school.displayName)
            let shell = builder.shell(root: root, job: job)
            let page = SchoolPage(shell: shell, shortName: shortName, section: section)
            let fragment = SchoolFragmentPage(
                shortName: shortName, asOf: builder.asOf, asOfVerbal: builder.asOfVerbal, updated: shell.updated,
                css: fragmentCSS, section: fragmentSection)
            return [
                bytes(theme.school(page)), bytes(theme.schoolFragment(fragment)), Array(schoolCalendar(index).utf8)
            ]
        case .siteData:
            return [OpenData(site: site).siteJSON.bytes, Array(DataSchema.text.utf8)]
        case .roadmapData(let index):
            let roadmap = site.roadmaps[index]
            var calendar = CalendarWriter(name: roadmap.roadmap.title, asOf: site.asOf, baseURL: site.site.baseURL)
            for item in roadmap.status.items.indices {
                calendar.add(events(roadmap: index, item: item, calendar: calendar))
            }
            for pair in site.decisions(concerningRoadmap: index) {
                let meeting = site.meetings[pair.meeting]
                calendar.add(calendar.event(of: meeting.decisions[pair.decision], meeting: meeting))
            }
            return [
                OpenData(site: site).roadmapJSON(index).bytes, Array(calendar.text.utf8),
                Array(MeasuresCSV.text(roadmap.status).utf8)
            ] + (roadmap.roadmap.indicators.isEmpty ? [] : [Array(IndicatorsCSV.text(site, roadmap: index).utf8)])
        }
    }

    private func bytes(_ html: HTML) -> [UInt8] { Array(html.text.utf8) }

    /// The measures that concern a school, from all its roadmaps.
    private func schoolCalendar(_ index: Int) -> String {
        let site = builder.site
        let school = site.schools[index]
        var calendar = CalendarWriter(name: school.school.displayName, asOf: site.asOf, baseURL: site.site.baseURL)
        for link in school.roadmaps {
            for item in link.items { calendar.add(events(roadmap: link.roadmap, item: item, calendar: calendar)) }
        }
        for pair in site.decisions(concerningSchool: index) {
            let meeting = site.meetings[pair.meeting]
            calendar.add(calendar.event(of: meeting.decisions[pair.decision], meeting: meeting))
        }
        return calendar.text
    }

    private func events(roadmap: Int, item: Int, calendar: CalendarWriter) -> String {
        // One Int for the pair: a roadmap has fewer than a million measures.
        events.value(for: roadmap * 1_000_000 + item) {
            let resolved = builder.site.roadmaps[roadmap]
            return calendar.events(of: resolved.status.items[item], roadmap: resolved)
        }
    }

    /// - Parameter docx: link the school's own roadmaps' Word documents, with their size.
    private func schoolSection(_ index: Int, root: String, docx: Bool) -> HTML {
        let documents = docx ? { (roadmap: Int) in roadmapDocx(roadmap).count } : nil
        return theme.schoolSection(
            builder.schoolSection(index, root: root, documentSize: documents) { link, href in
                var key = href
                for item in link.items { key += ",\(item)" }
                return lists.value(for: TextKey(key)) { theme.schoolMeasures(builder.schoolMeasures(link, href: href)) }
            })
    }
}
