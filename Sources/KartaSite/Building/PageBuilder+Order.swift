import KartaCore

extension PageBuilder {
    /// - Parameters:
    ///   - docx: the order's Word document beside the page, with its format and size.
    ///   - forDocument: also the text as blocks (`bodyBlocks`), which only the Word document reads.
    func order(_ index: Int, docx: PageLink? = nil, forDocument: Bool = false) -> OrderPage {
        let resolved = site.orders[index]
        let order = resolved.order
        let root = OutputPaths.root(of: resolved.path)
        let date = order.date?.russianNumeric ?? ""
        return OrderPage(
            shell: shell(root: root, job: .order(index, docx: false)),
            issuer: order.issuer.map(Format.typeset),
            kind: order.kind.word.uppercased(),
            kindName: order.kind.name,
            date: date,
            number: Format.typeset("№ \(order.number)"),
            place: Format.typeset(order.place),
            title: Format.typeset(order.title),
            body: HTML(raw: Self.markCommand(MarkdownRenderer.html(order.body, root: root))),
            bodyBlocks: forDocument ? MarkdownRenderer.blocks(order.body) : [],
            signatory: order.signatory.map(person),
            preparedBy: Format.typeset(order.preparedBy),
            docx: docx,
            pdf: pdfLink(resolved.paths.pdf),
            signed: signedCopy(order.signed, root: root),
            appendices: resolved.appendices.enumerated().map { number, appendix in
                let (title, content) = appendixContent(appendix, root: root)
                let mark = order.appendixMark(resolved.appendices.count == 1 ? nil : number + 1).map(Format.typeset)
                return OrderPage.Appendix(
                    number: number + 1, markLines: mark,
                    stampLines: stamp(of: appendix, approvedBy: index), title: title, content: content)
            })
    }

    /// The stamp of a roadmap this order approves; none on its other appendices.
    private func stamp(of appendix: ResolvedOrder.Appendix, approvedBy index: Int) -> [String] {
        guard case .roadmap(let roadmapIndex) = appendix, site.roadmaps[roadmapIndex].order == index else { return [] }
        return approvalStamp(of: roadmapIndex)
    }

    /// A roadmap's approval stamp: the word as its document writes it (or the one agreeing with its
    /// title) in capitals, then its lines, or lines made from the approving order; none when
    /// neither the roadmap nor an order gives one.
    func approvalStamp(of roadmapIndex: Int) -> [String] {
        let resolved = site.roadmaps[roadmapIndex]
        let roadmap = resolved.status.roadmap
        let order = resolved.order.map { site.orders[$0].order }
        guard roadmap.stamp != nil || order != nil else { return [] }
        let word =
            roadmap.stamp.map(\.word).flatMap { $0.isEmpty ? nil : $0 }
            ?? ApprovalStamp.word(agreeingWith: roadmap.title)
        var lines = roadmap.stamp?.lines ?? []
        if lines.isEmpty, let order { lines = order.approvalLines }
        return ([word.uppercased()] + lines).map(Format.typeset)
    }

    private func appendixContent(_ appendix: ResolvedOrder.Appendix, root: String) -> (
        String, OrderPage.AppendixContent
    ) {
        switch appendix {
        case .roadmap(let index):
            let status = site.roadmaps[index].status
            return (Format.typeset(status.roadmap.title), .roadmap(measuresTable(status, root: root)))
        case .assignments(.curators, let schools):
            return (
                "Закрепление кураторов за школами с низкими образовательными результатами и ответственных от школ",
                .curators(
                    schools.enumerated().map { row, school in
                        let school = site.schools[school].school
                        return OrderPage.AssignmentRow(
                            index: "\(row + 1).", school: Format.typeset(school.displayName),
                            responsible: school.responsible.map(Self.personLine) ?? "",
                            people: school.curators.map(Self.personLine))
                    })
            )
        case .assignments(.methodists, let schools):
            return (
                "Закрепление методистов регионального методического актива за школами",
                .methodists(
                    schools.enumerated().map { row, school in
                        let school = site.schools[school].school
                        return OrderPage.AssignmentRow(
                            index: "\(row + 1).", school: Format.typeset(school.displayName),
                            responsible: "", people: school.methodists.map(Self.personLine))
                    })
            )
        case .file(let link):
            return (
                Format.typeset(link.title),
                .file(href: SiteLink.href(link.href, root: root), label: link.href, file: fileInfo(link.href))
            )
        }
    }

    /// «Иванова И. И., куратор, ИРО» on one line.
    static func personLine(_ person: Person) -> String {
        Format.typeset(
            [person.name, person.position, person.organization].filter { !$0.isEmpty }.joined(separator: ", "))
    }

    /// «ПРИКАЗЫВАЮ:» standing alone in a paragraph is printed without indent.
    static func markCommand(_ html: String) -> String {
        var result = html
        for word in OrderKind.Act.commands {
            result = result.replacingAll("<p>\(word)</p>", with: "<p class=\"command\">\(word)</p>")
        }
        return result
    }
}
