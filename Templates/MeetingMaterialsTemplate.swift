import KartaSite

/// `meetings/<slug>/materials.html`: the meeting's materials on A4 — each roadmap as of the
/// meeting's date, the indicators' dynamics up to it, and the control of earlier decisions.
enum MeetingMaterialsTemplate {
    static func render(_ page: MeetingMaterialsPage) -> HTML {
        let title = "Материалы к совещанию \(page.date)"
        let toolbar: HTML = " › <a href=\"\(page.meeting.href)\">Протокол</a>"
        return PrintLayout.render(page.shell, title: title, toolbar: toolbar, content: """
        <article class="sheet document report materials">
        <h1 class="report-title">Материалы к совещанию \(page.date)</h1>
        <p class="report-meta"><a href="\(page.meeting.href)">\(page.meeting.label)</a>; сведения — на дату совещания</p>
        \(each: page.roadmaps, roadmap)\
        \(if: !page.indicators.isEmpty, "<h2>Динамика целевых показателей</h2>\n\(each: page.indicators, IndicatorsPartial.schools)")\
        <h2>Контроль исполнения решений</h2>
        \(if: page.control.isEmpty, "<p>Решений прежних совещаний нет.</p>\n")\
        \(if: !page.control.isEmpty, DecisionsPartial.render(page.control, print: true))\
        </article>

        """)
    }

    private static func roadmap(_ roadmap: MeetingMaterialsPage.Roadmap) -> HTML {
        """
        <h2><a href="\(roadmap.href)">\(roadmap.title)</a></h2>
        <p>Всего мероприятий: \(roadmap.total). Выполнено \(roadmap.done) из \(roadmap.relevant) (без отменённых) — \
        <strong>\(roadmap.percent)&nbsp;%</strong>.</p>
        <table class="print-table summary">
        <thead><tr><th scope="col">Статус</th><th scope="col">Мероприятий</th></tr></thead>
        <tbody>\(each: roadmap.states, { "<tr><td>\($0.label)</td><td class=\"num\">\($0.count)</td></tr>" })</tbody>
        </table>
        <h3>Просроченные мероприятия</h3>
        \(if: roadmap.overdue.isEmpty, "<p>Нет.</p>\n")\(if: !roadmap.overdue.isEmpty, overdue(roadmap.overdue))\
        \(ifLet: roadmap.sincePrevious, since)
        """
    }

    private static func since(_ since: MeetingMaterialsPage.SincePrevious) -> HTML {
        """
        \(ifLet: since.edits, { edits in
            """
            <h3>Изменения с прошлого совещания (\(since.date)): правки дорожной карты</h3>
            \(if: edits.isEmpty, "<p>Нет.</p>\n")\(if: !edits.isEmpty, "<ul class=\"changes\">\(each: edits, ReportTemplate.change)</ul>\n")
            """
        })\
        <h3>Выполнены с прошлого совещания (\(since.date))</h3>
        \(if: since.done.isEmpty, "<p>Нет.</p>\n")\(if: !since.done.isEmpty, overdue(since.done))\
        <h3>Стали просроченными</h3>
        \(if: since.newlyOverdue.isEmpty, "<p>Нет.</p>\n")\(if: !since.newlyOverdue.isEmpty, overdue(since.newlyOverdue))
        """
    }

    private static func overdue(_ items: [ReportPage.Overdue]) -> HTML {
        """
        <table class="print-table">
        <thead><tr><th scope="col">№</th><th scope="col">Мероприятие</th><th scope="col">Срок</th><th scope="col">Ответственные</th></tr></thead>
        <tbody>\(each: items, { "<tr><td>\($0.id)</td><td>\($0.title)</td><td>\($0.when)</td><td>\($0.responsible)</td></tr>" })</tbody>
        </table>

        """
    }
}
