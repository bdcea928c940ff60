import KartaSite

/// `roadmaps/<slug>/index.html`: facts, progress, goal and tasks, the timeline, the measures.
enum RoadmapTemplate {
    static func render(_ page: RoadmapPage) -> HTML {
        Layout.render(page.shell, title: page.title, content: """
        <nav class="breadcrumbs" aria-label="Навигация"><a href="\(page.shell.root)index.html">Главная</a> › Дорожная карта</nav>
        <h1>\(page.title)</h1>
        <dl class="facts">
        <dt>Уровень</dt><dd>\(page.level)</dd>
        \(nonEmpty: page.issuer, { "<dt>Разработчик</dt><dd>\($0)</dd>" })
        <dt>Период</dt><dd>\(page.period)</dd>
        \(ifLet: page.approvedBy, { "<dt>Утверждена</dt><dd>\(OrderLinkPartial.render($0))</dd>" })
        \(if: !page.schools.isEmpty, schools(page.schools))
        </dl>
        \(ProgressPartial.render(page.progress))
        <p><a href="\(page.reportHref)">Отчёт о реализации по состоянию на \(page.shell.asOf)</a>\
        \(DownloadPartial.render(page.reportPDF, "Отчёт в формате PDF"))\
        \(DownloadPartial.render(page.reportDocx, "Отчёт в формате Word"))</p>
        <p><a href="\(page.documentHref)">Дорожная карта для печати</a>\
        \(DownloadPartial.render(page.pdf, "Дорожная карта в формате PDF"))\
        \(DownloadPartial.render(page.docx, "Дорожная карта в формате Word"))</p>
        \(nonEmpty: page.goal, { "<h2>Цель</h2><p>\($0)</p>" })
        \(if: !page.tasks.isEmpty, "<h2>Задачи</h2><ol class=\"tasks\">\(each: page.tasks, { "<li>\($0)</li>" })</ol>")
        <h2 id="timeline">Шкала времени</h2>
        \(TimelinePartial.render(page.timeline))
        <h2 id="measures">Мероприятия</h2>
        \(EventsTablePartial.render(page.table))
        \(ifLet: page.indicators, { "<h2 id=\"indicators\">Целевые показатели</h2>\n\(IndicatorsPartial.schools($0))" })\
        \(if: !page.decisions.isEmpty, "<h2 id=\"decisions\">Решения совещаний</h2>\n\(DecisionsPartial.render(page.decisions))")\
        \(if: !page.body.isEmpty, "<section class=\"notes\" aria-label=\"Примечания\">\(page.body)</section>")
        <h2 id="data">Открытые данные</h2><ul class="inline data"><li><a href="\(page.data.table)">таблица (CSV)</a></li><li><a href="\
        \(page.data.calendar)">календарь (iCalendar)</a></li><li><a href="\(page.data.json)">данные (JSON)</a></li>\
        \(ifLet: page.data.indicators, { "<li><a href=\"\($0)\">показатели (CSV)</a></li>" })</ul>

        """)
    }

    private static func schools(_ schools: [PageLink]) -> HTML {
        "<dt>Школы</dt><dd><ul class=\"inline\">\(each: schools, { "<li><a href=\"\($0.href)\">\($0.label)</a></li>" })</ul></dd>"
    }
}
