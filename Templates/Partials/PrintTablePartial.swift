import KartaSite

/// The measures of a roadmap on paper, in the document's own columns; with their states in a report.
enum PrintTablePartial {
    static func render(_ table: MeasuresTable, withState: Bool) -> HTML {
        let columns = table.headers.count + 1 + (withState ? 3 : 0)
        return """
        <table class="print-table measures">
        <thead><tr><th scope="col" class="col-number">\(table.numberCaption)</th>\
        \(each: table.headers, { "<th scope=\"col\" class=\"col-\($0.column)\">\($0.caption)</th>" })\
        \(if: withState, "<th scope=\"col\">Статус</th><th scope=\"col\">Дата выполнения</th><th scope=\"col\">Подтверждение</th>")</tr></thead>
        \(each: table.stages, { stage in """
        <tbody>
        \(nonEmpty: stage.title, { title in
            "<tr class=\"stage-row\"><th scope=\"colgroup\" colspan=\"\(columns)\">\(title)\(nonEmpty: stage.when, { " (\($0))" })</th></tr>"
        })
        \(each: stage.rows, { row($0, withState: withState) })</tbody>

        """ })</table>

        """
    }

    private static func row(_ row: MeasuresTable.Row, withState: Bool) -> HTML {
        """
        <tr><td class="col-number">\(row.id)</td>\(each: row.cells, { "<td>\($0.text)</td>" })\(if: withState, """
        <td class="col-state">\(row.stateLabel)</td><td>\(row.done)</td><td>\
        \(each: row.evidence, { "<a href=\"\($0.href)\">\($0.label)\(FileInfoPartial.render($0.file))</a> " })</td>
        """)</tr>

        """
    }
}
