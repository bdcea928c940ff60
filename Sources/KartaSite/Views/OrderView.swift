import KartaCore

/// `orders/<slug>/index.html`: the order as a printable document with its appendices.
enum OrderView {
    static func path(_ slug: String) -> String { "orders/\(slug)/index.html" }

    static func context(_ order: Order, snapshot: SiteSnapshot) -> ContextNode {
        let path = path(order.slug)
        let root = PageContext.root(for: path)
        let date = order.date?.russianNumeric ?? ""
        let number = Format.text("№ \(order.number)")
        let mark = [order.shortIssuer.isEmpty ? "к приказу" : "к приказу \(order.shortIssuer)", Format.text("от \(date) № \(order.number)")]
        let appendices = order.appendices.enumerated().map { index, appendix in
            ([
                "number": index + 1,
                "markLines": ["Приложение \(index + 1)"] + mark.map(Format.text),
            ] as ContextNode).merging(over: appendixContext(appendix, snapshot: snapshot, root: root))
        }
        let page: ContextNode = [
            "issuer": order.issuer.map(Format.text),
            "kind": order.kind.uppercased(),
            "date": date,
            "number": number,
            "place": Format.text(order.place),
            "title": Format.text(order.title),
            "body": markCommand(MarkdownRenderer.html(order.body, root: root)),
            "signatory": Format.signatory(order.signatory),
            "preparedBy": Format.text(order.preparedBy),
            "appendices": appendices,
            "documentTitle": Format.text("\(order.kind.capitalizedFirst) от \(date) № \(order.number)"),
        ]
        return page.merging(over: PageContext.context(snapshot, root: root, title: "\(order.kind.capitalizedFirst) от \(date) № \(order.number)", path: path))
    }

    /// «ПРИКАЗЫВАЮ:» standing alone in a paragraph is printed without indent.
    static func markCommand(_ html: String) -> String {
        var result = html
        for word in ["ПРИКАЗЫВАЮ:", "ПОСТАНОВЛЯЮ:", "ПРЕДЛАГАЮ:", "ОБЯЗЫВАЮ:", "РЕШИЛ:", "ПОСТАНОВЛЯЕТ:"] {
            result = result.replacingOccurrences(of: "<p>\(word)</p>", with: "<p class=\"command\">\(word)</p>")
        }
        return result
    }

    /// Every appendix says what it is not, too: a flag it lacked would be looked up in the page.
    private static var appendixKinds: ContextNode { ["isRoadmap": false, "isCurators": false, "isMethodists": false, "isFile": false] }

    static func appendixContext(_ appendix: Appendix, snapshot: SiteSnapshot, root: String) -> ContextNode {
        kindContext(appendix, snapshot: snapshot, root: root).merging(over: appendixKinds)
    }

    private static func kindContext(_ appendix: Appendix, snapshot: SiteSnapshot, root: String) -> ContextNode {
        switch appendix {
        case .roadmap(let slug):
            guard let status = snapshot.roadmap(slug.value) else { return [:] }
            return ["isRoadmap": true, "title": Format.text(status.roadmap.title), "table": PrintTable.context(status, root: root)]
        case .assignments(let kind, let slugs):
            let schools = slugs.compactMap { snapshot.school($0.value) }
            return kind == .curators
                ? ["isCurators": true, "title": "Закрепление кураторов за школами с низкими образовательными результатами и ответственных от школ",
                   "rows": schools.enumerated().map { curatorRow($1, index: $0) }]
                : ["isMethodists": true, "title": "Закрепление методистов регионального методического актива за школами",
                   "rows": schools.enumerated().map { methodistRow($1, index: $0) }]
        case .file(let link):
            return ["isFile": true, "title": Format.text(link.title), "href": SiteLink.href(link.href, root: root),
                    "label": link.href]
        }
    }

    static func personLine(_ person: Person) -> String {
        Format.text([person.name, person.position, person.organization].filter { !$0.isEmpty }.joined(separator: ", "))
    }

    private static func curatorRow(_ school: School, index: Int) -> ContextNode {
        ["index": "\(index + 1).", "school": Format.text(school.displayName),
         "responsible": school.responsible.map(personLine) ?? "",
         "people": school.curators.map(personLine)]
    }

    private static func methodistRow(_ school: School, index: Int) -> ContextNode {
        ["index": "\(index + 1).", "school": Format.text(school.displayName), "people": school.methodists.map(personLine)]
    }
}
