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

    init(site: ResolvedSite, theme: any Theme, fragmentCSS: String, since: EarlierVersion? = nil) {
        builder = PageBuilder(site: site, since: since)
        self.theme = theme
        self.fragmentCSS = HTML(raw: fragmentCSS)
    }

    /// `roadmaps/<slug>/roadmap.docx`. Made by the roadmap's job and again, for its size, by the
    /// report's: a few kilobytes of zip, cheaper than ordering the jobs.
    private func roadmapDocx(_ index: Int) -> OutputFile {
        OutputFile(path: OutputPaths.roadmapDocx(builder.site.roadmaps[index].roadmap.slug),
                   bytes: RoadmapDocument.docx(builder.roadmapDocument(index)))
    }

    func render(_ job: PageJob) -> [OutputFile] {
        let site = builder.site
        switch job {
        case .index:
            return [OutputFile(path: OutputPaths.index, html: theme.index(builder.index()))]
        case .roadmap(let index, let docx):
            // The document first: the page says its size.
            let document = docx ? roadmapDocx(index) : nil
            let page = OutputFile(path: site.roadmaps[index].path, html: theme.roadmap(builder.roadmap(index, docx: document?.bytes.count)))
            return [page] + (document.map { [$0] } ?? [])
        case .report(let index, let docx):
            return [OutputFile(path: site.roadmaps[index].reportPath,
                               html: theme.report(builder.report(index, docx: docx ? roadmapDocx(index).bytes.count : nil)))]
        case .order(let index, let docx):
            let docxPath = docx ? OutputPaths.orderDocx(site.orders[index].order.slug) : nil
            guard let docxPath else { return [OutputFile(path: site.orders[index].path, html: theme.order(builder.order(index)))] }
            // The document first (it holds nothing of the page's links): the page says its size.
            let bytes = OrderDocument.docx(builder.order(index))
            let name = docxPath.split(separator: "/").last.map(String.init) ?? docxPath
            let page = builder.order(index, docx: PageLink(href: name, label: "", file: Format.fileInfo(path: name, size: bytes.count)))
            return [OutputFile(path: site.orders[index].path, html: theme.order(page)), OutputFile(path: docxPath, bytes: bytes)]
        case .school(let index):
            // The page and the fragment show the same section, rendered once with links relative to
            // the school's folder, which both files share; with `base_url` in site.yml the fragment's
            // links are absolute instead, so that it works pasted into another site.
            let school = site.schools[index]
            let root = OutputPaths.root(of: school.path)
            let section = schoolSection(index, root: root)
            let fragmentSection = site.site.baseURL.map { schoolSection(index, root: $0) } ?? section
            let page = SchoolPage(shell: builder.shell(root: root, title: school.school.displayName), section: section)
            let fragment = SchoolFragmentPage(shortName: Format.typeset(school.school.displayName), asOf: builder.asOf,
                                              asOfVerbal: builder.asOfVerbal, css: fragmentCSS, section: fragmentSection)
            return [OutputFile(path: school.path, html: theme.school(page)),
                    OutputFile(path: school.fragmentPath, html: theme.schoolFragment(fragment)),
                    OutputFile(path: OutputPaths.schoolCalendar(school.school.slug), text: schoolCalendar(school))]
        case .siteData:
            return [OutputFile(path: OutputPaths.siteData, text: OpenData(site: site).siteJSON.text),
                    OutputFile(path: OutputPaths.dataSchema, text: DataSchema.text)]
        case .roadmapData(let index):
            let roadmap = site.roadmaps[index]
            var calendar = CalendarWriter(name: roadmap.roadmap.title, asOf: site.asOf, baseURL: site.site.baseURL)
            for item in roadmap.status.items.indices { calendar.add(events(roadmap: index, item: item, calendar: calendar)) }
            return [OutputFile(path: OutputPaths.roadmapData(roadmap.roadmap.slug), text: OpenData(site: site).roadmapJSON(index).text),
                    OutputFile(path: OutputPaths.roadmapCalendar(roadmap.roadmap.slug), text: calendar.text),
                    OutputFile(path: OutputPaths.roadmapCSV(roadmap.roadmap.slug), text: MeasuresCSV.text(roadmap.status))]
        }
    }

    /// The measures that concern a school, from all its roadmaps.
    private func schoolCalendar(_ school: ResolvedSchool) -> String {
        let site = builder.site
        var calendar = CalendarWriter(name: school.school.displayName, asOf: site.asOf, baseURL: site.site.baseURL)
        for link in school.roadmaps {
            for item in link.items { calendar.add(events(roadmap: link.roadmap, item: item, calendar: calendar)) }
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

    private func schoolSection(_ index: Int, root: String) -> HTML {
        theme.schoolSection(builder.schoolSection(index, root: root) { link, href in
            var key = href
            for item in link.items { key += ",\(item)" }
            return lists.value(for: TextKey(key)) { theme.schoolMeasures(builder.schoolMeasures(link, href: href)) }
        })
    }
}
