import KartaCore

extension PageBuilder {
    func order(_ index: Int) -> OrderPage {
        let resolved = site.orders[index]
        let order = resolved.order
        let root = OutputPaths.root(of: resolved.path)
        let date = order.date?.russianNumeric ?? ""
        let mark = [order.shortIssuer.isEmpty ? "к приказу" : "к приказу \(order.shortIssuer)", "от \(date) № \(order.number)"]
            .map(Format.typeset)
        return OrderPage(
            shell: shell(root: root, title: "\(order.kind.capitalizedFirst) от \(date) № \(order.number)"),
            issuer: order.issuer.map(Format.typeset),
            kind: order.kind.uppercased(),
            date: date,
            number: Format.typeset("№ \(order.number)"),
            place: Format.typeset(order.place),
            title: Format.typeset(order.title),
            body: HTML(raw: Self.markCommand(MarkdownRenderer.html(order.body, root: root))),
            signatory: order.signatory.map(person),
            preparedBy: Format.typeset(order.preparedBy),
            appendices: resolved.appendices.enumerated().map { number, appendix in
                let (title, content) = appendixContent(appendix, root: root)
                return OrderPage.Appendix(number: number + 1, markLines: ["Приложение \(number + 1)"] + mark,
                                          title: title, content: content)
            })
    }

    private func appendixContent(_ appendix: ResolvedOrder.Appendix, root: String) -> (String, OrderPage.AppendixContent) {
        switch appendix {
        case .roadmap(let index):
            let status = site.roadmaps[index].status
            return (Format.typeset(status.roadmap.title), .roadmap(measuresTable(status, root: root)))
        case .assignments(.curators, let schools):
            return ("Закрепление кураторов за школами с низкими образовательными результатами и ответственных от школ",
                    .curators(schools.enumerated().map { row, school in
                        let school = site.schools[school].school
                        return OrderPage.AssignmentRow(index: "\(row + 1).", school: Format.typeset(school.displayName),
                                                       responsible: school.responsible.map(Self.personLine) ?? "",
                                                       people: school.curators.map(Self.personLine))
                    }))
        case .assignments(.methodists, let schools):
            return ("Закрепление методистов регионального методического актива за школами",
                    .methodists(schools.enumerated().map { row, school in
                        let school = site.schools[school].school
                        return OrderPage.AssignmentRow(index: "\(row + 1).", school: Format.typeset(school.displayName),
                                                       responsible: "", people: school.methodists.map(Self.personLine))
                    }))
        case .file(let link):
            return (Format.typeset(link.title), .file(href: SiteLink.href(link.href, root: root), label: link.href))
        }
    }

    /// «Иванова И. И., куратор, ИРО» on one line.
    static func personLine(_ person: Person) -> String {
        Format.typeset([person.name, person.position, person.organization].filter { !$0.isEmpty }.joined(separator: ", "))
    }

    /// «ПРИКАЗЫВАЮ:» standing alone in a paragraph is printed without indent.
    static func markCommand(_ html: String) -> String {
        var result = html
        for word in ["ПРИКАЗЫВАЮ:", "ПОСТАНОВЛЯЮ:", "ПРЕДЛАГАЮ:", "ОБЯЗЫВАЮ:", "РЕШИЛ:", "ПОСТАНОВЛЯЕТ:"] {
            result = result.replacingOccurrences(of: "<p>\(word)</p>", with: "<p class=\"command\">\(word)</p>")
        }
        return result
    }
}
