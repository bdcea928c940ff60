import KartaSite

/// The measures of a roadmap on the site: by stage, each row with its state and evidence.
enum EventsTablePartial {
    static func render(_ table: MeasuresTable) -> HTML {
        """
        <div class="table-wrap">
        <table class="events">
        <caption class="visually-hidden">Мероприятия по этапам, со статусами по состоянию на \(table.asOf)</caption>
        <thead>
        <tr><th scope="col" class="col-number">\(table.numberCaption)</th>\
        \(each: table.headers, { "<th scope=\"col\" class=\"col-\($0.column)\">\($0.caption)</th>" })<th scope="col" class="col-state">Статус</th>\
        <th scope="col" class="col-evidence">Подтверждение</th></tr>
        </thead>
        \(each: table.stages, { stage(table, $0) })</table>
        </div>

        """
    }

    /// The heading row of a stage: its title, its term, how much of it is done.
    private static func stageRow(_ title: String, _ stage: MeasuresTable.Stage, columns: Int) -> HTML {
        """
        <tr class="stage-row"><th scope="colgroup" colspan="\(columns)">\(title)\
        \(nonEmpty: stage.when, { " <span class=\"stage-when\">(\($0))</span>" }) \
        <span class="stage-percent">выполнено \(stage.percent)&nbsp;%</span></th></tr>
        """
    }

    private static func stage(_ table: MeasuresTable, _ stage: MeasuresTable.Stage) -> HTML {
        """
        <tbody>
        \(nonEmpty: stage.title, { stageRow($0, stage, columns: table.headers.count + 3) })
        \(each: stage.rows, row)</tbody>

        """
    }

    private static func row(_ row: MeasuresTable.Row) -> HTML {
        """
        <tr id="\(row.anchor)" data-event-id="\(row.id)" class="state-\(row.state)">
        <th scope="row" class="col-number">\(row.id)</th>\(each: row.cells, { "<td class=\"col-\($0.column)\">\($0.text)</td>" })
        <td class="col-state"><span class="badge badge-\(row.state)">\(row.stateLabel)</span>\
        \(nonEmpty: row.done, { "<br><span class=\"done-date\">\($0)</span>" })</td>
        <td class="col-evidence">\(each: row.evidence, { "<a href=\"\($0.href)\">\($0.label)\(FileInfoPartial.render($0.file))</a><br>" })</td>
        </tr>

        """
    }
}
