import KartaCore

/// `schools/<slug>/index.html` and `fragment.html`: the school's «500+» section.
enum SchoolView {
    static func path(_ slug: String) -> String { "schools/\(slug)/index.html" }
    static func fragmentPath(_ slug: String) -> String { "schools/\(slug)/fragment.html" }

    static let documentGroups: [(SchoolDocumentKind, String)] = [
        (.order, "Приказы"), (.riskProfile, "Рисковый профиль"), (.concept, "Концепция развития"),
        (.midtermProgram, "Среднесрочная программа развития"), (.antiRiskProgram, "Программы антирисковых мер"),
        (.roadmap, "Дорожные карты"), (.report, "Отчёты и мониторинг"), (.other, "Другие документы"),
    ]

    /// - Parameter root: the way to the site root; by default relative to `path`.
    static func context(_ school: School, snapshot: SiteSnapshot, path: String, partials: PartialRenderer,
                        root explicitRoot: String? = nil) -> ContextNode {
        let root = explicitRoot ?? PageContext.root(for: path)
        let roadmaps = snapshot.roadmaps(of: school)
        let own = roadmaps.filter { $0.roadmap.level == .school }
        let others = roadmaps.filter { $0.roadmap.level != .school }
        let page: ContextNode = [
            "slug": school.slug,
            "name": Format.text(school.name),
            "shortName": Format.text(school.displayName),
            "participation": participation(school),
            "address": Format.text(school.address),
            "director": Format.text(school.director),
            "website": school.website.lowercased().hasPrefix("http") ? school.website : "",
            "riskProfiles": school.riskProfiles.map(Format.text),
            "hasRiskProfiles": !school.riskProfiles.isEmpty,
            "responsible": school.responsible.map(person),
            "curators": school.curators.map(person),
            "hasCurators": !school.curators.isEmpty,
            "methodists": school.methodists.map(person),
            "hasMethodists": !school.methodists.isEmpty,
            "documentGroups": documentGroups(school, root: root),
            "hasDocuments": !school.documents.isEmpty,
            "progress": ProgressView.context(snapshot.progress(of: school)),
            "roadmaps": others.map { measures(of: $0, for: school, root: root, snapshot: snapshot, partials: partials) },
            "hasRoadmaps": !others.isEmpty,
            "ownRoadmaps": own.map { ownRoadmap($0, root: root, snapshot: snapshot) },
            "body": MarkdownRenderer.html(school.body, root: root),
        ]
        return page.merging(over: PageContext.context(snapshot, root: root, title: school.displayName, path: path))
    }

    /// The school's name, then a sentence that differs between schools only by the year (typeset once).
    private static func participation(_ school: School) -> String {
        let since = school.joined.map { " с \($0) года" } ?? ""
        return Format.text(school.displayName) + Format.text(" участвует\(since) в проекте адресной методической помощи «500+» — программе поддержки школ с низкими образовательными результатами.")
    }

    static func person(_ person: Person) -> ContextNode {
        ["name": Format.text(person.name), "position": Format.text(person.position),
         "organization": Format.text(person.organization)]
    }

    private static func documentGroups(_ school: School, root: String) -> [ContextNode] {
        documentGroups.compactMap { kind, title in
            let documents = school.documents.filter { $0.kind == kind }
            guard !documents.isEmpty else { return nil }
            return [
                "title": title,
                "documents": documents.map { document in
                    [
                        "title": Format.text(document.title),
                        "href": SiteLink.href(document.href, root: root),
                        "date": document.date?.russianNumeric ?? "",
                        "riskProfile": Format.text(document.riskProfile ?? ""),
                    ] as ContextNode
                },
            ]
        }
    }

    private static func measures(of status: RoadmapStatus, for school: School, root: String,
                                 snapshot: SiteSnapshot, partials: PartialRenderer) -> ContextNode {
        let items = status.items(concerning: school.slug)
        let roadmapHref = root + RoadmapView.path(status.roadmap.slug)
        let key = roadmapHref + "|" + items.map { "\($0.event.location.line)" }.joined(separator: ",")
        let list = partials.render("partials/school-measures", key: key) {
            let anchors = snapshot.anchors(of: status)
            return ["items": items.map { item in
                [
                    "id": item.event.id, "title": Format.text(item.event.title), "when": item.event.when,
                    "state": item.state.rawValue, "stateLabel": item.state.russianLabel,
                    "href": roadmapHref + "#" + (anchors[item.event.location] ?? ""),
                ] as ContextNode
            }]
        }
        return [
            "title": Format.text(status.roadmap.title),
            "href": roadmapHref,
            "progress": ProgressView.context(Progress(items.map(\.state))),
            "measures": list,
        ]
    }

    private static func ownRoadmap(_ status: RoadmapStatus, root: String, snapshot: SiteSnapshot) -> ContextNode {
        let anchors = snapshot.anchors(of: status)
        return [
            "title": Format.text(status.roadmap.title),
            "href": root + RoadmapView.path(status.roadmap.slug),
            "period": Format.period(status.roadmap.period),
            "progress": ProgressView.context(status.progress),
            "table": RoadmapView.tableContext(status, anchors: anchors, root: root),
        ]
    }
}
