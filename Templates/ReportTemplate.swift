import KartaSite

/// `roadmaps/<slug>/report.html`: the monitoring report on landscape sheets — summary by state and
/// by stage, overdue measures, the full table, a signature line.
enum ReportTemplate {
    static func render(_ page: ReportPage) -> HTML {
        let docx: HTML = """
            \(DownloadPartial.render(page.pdf, "Отчёт в формате PDF"))\
            \(DownloadPartial.render(page.docx, "Отчёт в формате Word"))\
            \(DownloadPartial.render(page.roadmapPDF, "Дорожная карта в формате PDF"))\
            \(DownloadPartial.render(page.roadmapDocx, "Дорожная карта в формате Word"))
            """
        let title = "Отчёт о реализации дорожной карты по состоянию на \(page.reportDate)"
        let toolbar: HTML = " › <a href=\"\(page.roadmapHref)\">Дорожная карта</a>\(docx)"
        return PrintLayout.render(page.shell, title: title, toolbar: toolbar, content: """
        <article class="sheet document report">
        <h1 class="report-title">\(typeset: "Отчёт о реализации дорожной карты «\(page.roadmapTitle)» по состоянию на \(page.reportDate)")</h1>
        <p class="report-meta">\(nonEmpty: page.issuer, { "\($0), " })\(page.period)</p>
        <h2>Сводка</h2>
        <p>Всего мероприятий: \(page.total). Выполнено \(page.done) из \(page.relevant) (без отменённых) — <strong>\(page.percent)&nbsp;%</strong>.\
        </p>
        <table class="print-table summary">
        <thead><tr><th scope="col">Статус на \(page.reportDate)</th><th scope="col">Мероприятий</th></tr></thead>
        <tbody>\(each: page.states, { "<tr><td>\($0.label)</td><td class=\"num\">\($0.count)</td></tr>" })</tbody>
        </table>
        \(if: !page.decisions.isEmpty, decisionSummary(page.decisions))\
        <h2>По этапам</h2>
        <table class="print-table summary">
        <thead><tr><th scope="col">Этап</th><th scope="col">Всего</th><th scope="col">Выполнено</th><th scope="col">Просрочено</th>\
        <th scope="col">Выполнение</th></tr></thead>
        <tbody>\(each: page.stages, stage)</tbody>
        </table>
        \(ifLet: page.since, since)<h2>Просроченные мероприятия</h2>
        \(if: !page.overdue.isEmpty, overdue(page.overdue))\(if: page.overdue.isEmpty, "<p>Просроченных мероприятий нет.</p>")
        \(ifLet: page.indicators, { "<h2>Динамика целевых показателей</h2>\n\(IndicatorsPartial.schools($0))" })\
        \(if: !page.decisions.isEmpty, "<h2>Решения совещаний</h2>\n\(DecisionsPartial.render(page.decisions, print: true))")\
        <h2>Мероприятия</h2>
        \(PrintTablePartial.render(page.table, withState: true))
        <div class="signature">\(signature(page.signatory))</div>
        <p class="report-date">Дата: \(page.reportDate)</p>
        </article>

        """)
    }

    /// Decisions are counted apart from the measures: a meeting's work, not the roadmap's.
    private static func decisionSummary(_ decisions: [DecisionLine]) -> HTML {
        let overdue = decisions.count { $0.state == "overdue" }, done = decisions.count { $0.state == "done" }
        return "<p>Решений совещаний: \(decisions.count), выполнено \(done), <strong>просрочено \(overdue)</strong>.</p>\n"
    }

    /// What changed since the version given to `--since`.
    private static func since(_ since: ReportPage.Since) -> HTML {
        """
        <h2>Изменения с \(since.date) (версия \(since.version))</h2>
        <h3>Изменения в дорожной карте</h3>
        \(if: since.changes.isEmpty, "<p>Нет.</p>")\(if: !since.changes.isEmpty, "<ul class=\"changes\">\(each: since.changes, change)</ul>")
        <h3>Выполнено</h3>
        \(if: since.done.isEmpty, "<p>Нет.</p>")\(if: !since.done.isEmpty, overdue(since.done))<h3>Стали просроченными</h3>
        \(if: since.newlyOverdue.isEmpty, "<p>Нет.</p>")\(if: !since.newlyOverdue.isEmpty, overdue(since.newlyOverdue))<h3>Перенесены сроки</h3>
        \(if: since.termsMoved.isEmpty, "<p>Нет.</p>")\(if: !since.termsMoved.isEmpty, moved(since.termsMoved))
        """
    }

    private static func stage(_ stage: ReportPage.StageSummary) -> HTML {
        """
        <tr><td>\(stage.title)</td><td class="num">\(stage.total)</td><td class="num">\(stage.done)</td>\
        <td class="num">\(stage.overdue)</td><td class="num">\(stage.percent)&nbsp;%</td></tr>
        """
    }

    /// One change with its details; the materials of a meeting list them too.
    static func change(_ change: ReportPage.Since.Change) -> HTML {
        let details: HTML = "<ul>\(each: change.details, { "<li>\($0)</li>" })</ul>"
        return "<li><span class=\"change-mark\">\(change.mark)</span> \(change.subject)\(if: !change.details.isEmpty, details)</li>"
    }

    private static func moved(_ items: [ReportPage.Since.Moved]) -> HTML {
        """
        <table class="print-table">
        <thead><tr><th scope="col">№</th><th scope="col">Мероприятие</th><th scope="col">Было</th><th scope="col">Стало</th></tr></thead>
        <tbody>\(each: items, { "<tr><td>\($0.id)</td><td>\($0.title)</td><td>\($0.before)</td><td>\($0.now)</td></tr>" })</tbody>
        </table>

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

    /// The coordinator's position and name, or blanks to sign by hand.
    private static func signature(_ person: PersonLine?) -> HTML {
        guard let person else {
            return """
                <span class="position">________________________ (должность)</span>\
                <span class="sign-line">____________ (подпись)</span><span class="name">________________ (Ф.И.О.)</span>
                """
        }
        return """
            <span class="position">\(person.position)</span><span class="sign-line">____________</span>\
            <span class="name">\(person.name)</span>
            """
    }
}
