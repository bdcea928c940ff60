import KartaSite

/// `meetings/<slug>/index.html`: the протокол per ГОСТ Р 7.0.97 — organisation, ПРОТОКОЛ, date and
/// number, place, heading, chair and secretary, those present, the agenda, СЛУШАЛИ / ВЫСТУПИЛИ /
/// РЕШИЛИ for each item, signatures — then, on screen, the control of earlier decisions.
enum MeetingTemplate {
    static func render(_ page: MeetingPage) -> HTML {
        let downloads: HTML = """
             · <a href="materials.html">Материалы к совещанию</a>\
            \(DownloadPartial.render(page.pdf, "Протокол в формате PDF"))\(DownloadPartial.render(page.docx, "Протокол в формате Word"))
            """
        return PrintLayout.render(page.shell, title: page.title, toolbar: downloads, content: """
        <article class="sheet document protocol">
        \(requisites(page, kind: "ПРОТОКОЛ"))\
        \(if: !page.invited.isEmpty, "<p class=\"role\">Приглашённые:</p>\n<ul class=\"people\">\(each: page.invited, { "<li>\($0)</li>" })</ul>\n")\
        \(if: !page.items.isEmpty, agenda(page.items))\
        \(each: page.items, item)\
        </div>
        <div class="signatures">
        \(ifLet: page.chair, { signature("Председатель", $0) })\(ifLet: page.secretary, { signature("Секретарь", $0) })\
        </div>
        </article>
        \(if: !page.attendeeAppendix.isEmpty, attendeeList(page))\
        \(if: !page.notes.text.isEmpty, "<section class=\"sheet notes screen-only\"><h2>Примечания</h2>\(page.notes)</section>\n")\
        \(if: !page.control.isEmpty, control(page.control))
        """)
    }

    /// «Выписка из протокола»: the requisites, those present and the one agenda item, certified by
    /// the secretary — for the school its decisions concern.
    static func extract(_ page: MeetingPage) -> HTML {
        let title = "Выписка из протокола: вопрос \(page.extract) — \(page.title)"
        let toolbar: HTML = " › <a href=\"index.html\">Протокол</a>"
        return PrintLayout.render(page.shell, title: title, toolbar: toolbar, content: """
        <article class="sheet document protocol extract">
        \(requisites(page, kind: "ВЫПИСКА ИЗ ПРОТОКОЛА"))\
        \(each: page.items, item)\
        </div>
        <p class="certified">Выписка верна</p>
        <div class="signatures">\(ifLet: page.secretary, { signature("Секретарь", $0) })</div>
        </article>

        """)
    }

    /// From the organisation to those present; leaves the text's `<div>` open.
    private static func requisites(_ page: MeetingPage, kind: String) -> HTML {
        """
        <header class="requisites">
        <p class="issuer">\(each: page.issuer, { "<span>\($0)</span>" })</p>
        <h1 class="kind">\(kind)<span class="visually-hidden"> \(page.number) от \(page.date)</span></h1>
        <p class="date-number"><span class="date">\(page.date)</span><span class="number">\(page.number)</span></p>
        \(nonEmpty: page.place, { "<p class=\"place\">\($0)</p>" })
        </header>
        <p class="heading">\(page.heading)</p>
        <div class="text">
        \(ifLet: page.chair, { "<p class=\"role\">Председатель – \($0.name)</p>\n" })\
        \(ifLet: page.secretary, { "<p class=\"role\">Секретарь – \($0.name)</p>\n" })\
        \(attendees(page))
        """
    }

    private static func attendees(_ page: MeetingPage) -> HTML {
        if !page.attendeeCount.isEmpty { return "<p class=\"role\">Присутствовали: \(page.attendeeCount)</p>\n" }
        guard !page.attendees.isEmpty else { return .empty }
        return "<p class=\"role\">Присутствовали: \(page.attendees.joined(separator: ", "))</p>\n"
    }

    private static func agenda(_ items: [MeetingPage.Item]) -> HTML {
        """
        <h2 class="command">ПОВЕСТКА ДНЯ:</h2>
        <ol class="agenda">\(each: items, { "<li>\($0.title)\(nonEmpty: $0.speakers, { "<br><span class=\"speakers\">\($0)</span>" })</li>" })</ol>

        """
    }

    private static func item(_ item: MeetingPage.Item) -> HTML {
        """
        <section class="agenda-item" aria-label="Вопрос \(item.number)">
        <h2 class="command">\(item.number). СЛУШАЛИ:</h2>
        \(item.heard)
        \(if: !item.spoke.isEmpty, "<h3 class=\"command\">ВЫСТУПИЛИ:</h3>\n\(each: item.spoke, { "<p>\($0.name) – \($0.text)</p>" })\n")\
        \(if: !item.decisions.isEmpty, "<h3 class=\"command\">РЕШИЛИ:</h3>\n<ol class=\"decisions\">\(each: item.decisions, decision)</ol>\n")\
        </section>

        """
    }

    private static func decision(_ line: DecisionLine) -> HTML {
        """
        <li class="state-\(line.state)"><span class="number">\(line.number)</span> \(line.text)\
        \(nonEmpty: line.responsible, { "<span class=\"responsible\"> Ответственный: \($0).</span>" })\
        \(nonEmpty: line.due, { "<span class=\"due\"> Срок – \($0).</span>" })\
        <span class="screen-only"> <span class="badge badge-\(line.state)">\(line.stateLabel)</span>\
        \(nonEmpty: line.done, { " \($0)" })\(ifLet: line.measure, { " · <a href=\"\($0.href)\">\($0.label)</a>" })</span></li>
        """
    }

    private static func signature(_ role: String, _ person: PersonLine) -> HTML {
        """
        <div class="signature"><span class="position">\(role)</span><span class="name">\(person.name)</span></div>

        """
    }

    private static func attendeeList(_ page: MeetingPage) -> HTML {
        """
        <section class="sheet appendix" aria-label="Приложение к протоколу">
        <p class="appendix-mark"><span>Приложение</span><span>к протоколу от \(page.date) \(page.number)</span></p>
        <h2 class="appendix-title">Список присутствовавших</h2>
        <ol class="people">\(each: page.attendeeAppendix, { "<li>\($0)</li>" })</ol>
        </section>

        """
    }


    /// Earlier decisions and their state as of this meeting: on screen, for the meeting itself.
    private static func control(_ lines: [DecisionLine]) -> HTML {
        """
        <section class="sheet control screen-only" aria-labelledby="control">
        <h2 id="control">Контроль исполнения решений предыдущих совещаний (состояние на дату совещания)</h2>
        \(DecisionsPartial.render(lines, print: true))
        </section>

        """
    }
}
