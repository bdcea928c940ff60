import KartaSite

/// `orders/<slug>/index.html`: the order per ГОСТ Р 7.0.97 — requisites, text, signature — and each
/// appendix on its own sheet with its mark.
enum OrderTemplate {
    static func render(_ page: OrderPage) -> HTML {
        let docx: HTML = "\(DownloadPartial.render(page.pdf, "Приказ в формате PDF"))\(DownloadPartial.render(page.docx, "Приказ в формате Word"))"
        let toolbar: HTML = "\(docx)\(ifLet: page.signed, { " · \(SignedCopyPartial.render($0))" })"
        return PrintLayout.render(page.shell, title: "\(page.kindName) от \(page.date) \(page.number)", toolbar: toolbar, content: """
        <article class="sheet document">
        <header class="requisites">
        <p class="issuer">\(each: page.issuer, { "<span>\($0)</span>" })</p>
        <h1 class="kind">\(page.kind)<span class="visually-hidden"> \(page.number) от \(page.date)</span></h1>
        <p class="date-number"><span class="date">\(page.date)</span><span class="number">\(page.number)</span></p>
        \(nonEmpty: page.place, { "<p class=\"place\">\($0)</p>" })
        </header>
        <p class="heading">\(page.title)</p>
        <div class="text">\(page.body)</div>
        \(ifLet: page.signatory, signature)\(nonEmpty: page.preparedBy, { "<p class=\"executor\">Приказ подготовил: \($0)</p>" })
        </article>
        \(each: page.appendices, appendix)
        """)
    }

    private static func signature(_ person: PersonLine) -> HTML {
        """
        <div class="signature"><span class="position">\(person.position)</span><span class="name">\(person.name)</span></div>

        """
    }

    private static func appendix(_ appendix: OrderPage.Appendix) -> HTML {
        var roadmap = HTML.empty, file = HTML.empty, table = HTML.empty
        switch appendix.content {
        case .roadmap(let measures): roadmap = PrintTablePartial.render(measures, withState: false)
        case .curators(let rows): table = curators(rows)
        case .methodists(let rows): table = methodists(rows)
        case .file(let href, let label, let info):
            file = """
                <p class="attachment"><a href="\(href)">\(appendix.title)\(FileInfoPartial.render(info))</a> \
                <span class="screen-only">(\(label))</span></p>
                """
        }
        return """
        <section class="sheet appendix" aria-label="\(appendix.markLines.first ?? "Приложение")">
        <p class="appendix-mark">\(each: appendix.markLines, { "<span>\($0)</span>" })</p>
        \(if: !appendix.stampLines.isEmpty, "<p class=\"approval-stamp\">\(each: appendix.stampLines, { "<span>\($0)</span>" })</p>\n")\
        <h2 class="appendix-title">\(appendix.title)</h2>
        \(roadmap)
        \(table)\(file)
        </section>

        """
    }

    private static func curators(_ rows: [OrderPage.AssignmentRow]) -> HTML {
        """
        <table class="print-table">
        <thead><tr>\(each: OrderPage.curatorCaptions, { "<th scope=\"col\">\($0)</th>" })</tr></thead>
        <tbody>\(each: rows, { "<tr><td>\($0.index)</td><td>\($0.school)</td><td>\($0.responsible)</td><td>\(people($0.people))</td></tr>" })</tbody>
        </table>

        """
    }

    private static func methodists(_ rows: [OrderPage.AssignmentRow]) -> HTML {
        """
        <table class="print-table">
        <thead><tr>\(each: OrderPage.methodistCaptions, { "<th scope=\"col\">\($0)</th>" })</tr></thead>
        <tbody>\(each: rows, { "<tr><td>\($0.index)</td><td>\($0.school)</td><td>\(people($0.people))</td></tr>" })</tbody>
        </table>

        """
    }

    private static func people(_ lines: [String]) -> HTML {
        "\(each: lines, { "<span class=\"line\">\($0)</span>" })"
    }
}
