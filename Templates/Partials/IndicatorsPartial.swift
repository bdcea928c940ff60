import KartaSite

/// Target indicators: on a school's section, one table of its indicators with a small chart each;
/// on a roadmap's page and report, a table of schools per indicator. Every number of a chart is
/// also in its table, and the chart says the same in words (`aria-label`).
enum IndicatorsPartial {
    /// The school's indicators in one roadmap.
    static func school(_ table: IndicatorsTable) -> HTML {
        """
        <h3><a href="\(table.roadmapHref)">\(table.roadmapTitle)</a></h3>
        <table class="indicators">
        <thead><tr><th scope="col">Показатель</th>\(rounds(table.rounds))<th scope="col">Цель</th>\
        <th scope="col">Изменение</th><th scope="col">Цель достигнута</th><th scope="col">Динамика</th></tr></thead>
        <tbody>\(each: table.indicators, { indicator in
            "\(each: indicator.rows, { row in schoolRow(indicator, row) })"
        })</tbody>
        </table>

        """
    }

    private static func schoolRow(_ indicator: IndicatorsTable.Indicator, _ row: IndicatorsTable.Row) -> HTML {
        """
        <tr><th scope="row">\(name(indicator))</th>\(each: row.values, { "<td class=\"num\">\($0)</td>" })\
        \(cells(row))<td>\(chart(indicator, row))</td></tr>
        """
    }

    /// A roadmap's indicators, school by school (the roadmap's page and its report).
    static func schools(_ table: IndicatorsTable) -> HTML {
        "\(each: table.indicators, { indicator in schools(indicator, rounds: table.rounds) })"
    }

    private static func schools(_ indicator: IndicatorsTable.Indicator, rounds: [String]) -> HTML {
        """
        <h3 id="indicator-\(indicator.id)">\(name(indicator))</h3>
        \(if: indicator.rows.isEmpty, "<p>Данных мониторинга пока нет.</p>\n")\(if: !indicator.rows.isEmpty, """
        <table class="indicators">
        <thead><tr><th scope="col">Школа</th>\(self.rounds(rounds))<th scope="col">Цель</th>\
        <th scope="col">Изменение</th><th scope="col">Цель достигнута</th></tr></thead>
        <tbody>\(each: indicator.rows, { row in
            """
            <tr><th scope="row">\(nonEmpty: row.href, { "<a href=\"\($0)\">" })\(row.school)\(nonEmpty: row.href, { _ in "</a>" })</th>\
            \(each: row.values, { "<td class=\"num\">\($0)</td>" })\(cells(row))</tr>
            """
        })</tbody>
        </table>
        <p class="reached">Цель достигнута: \(indicator.reached) из \(Wording.count(indicator.measured, "школы", "школ", "школ")).</p>

        """)
        """
    }

    /// «Доля …, %» and «(меньше — лучше)».
    private static func name(_ indicator: IndicatorsTable.Indicator) -> HTML {
        """
        \(indicator.title)\(nonEmpty: indicator.unit, { ", \($0)" })\
        \(if: indicator.lowerIsBetter, " <span class=\"meta\">(меньше — лучше)</span>")
        """
    }

    private static func rounds(_ dates: [String]) -> HTML {
        "\(each: dates.enumerated(), { "<th scope=\"col\">\($0.element)\(if: $0.offset == 0, " (база)")</th>" })"
    }

    private static func cells(_ row: IndicatorsTable.Row) -> HTML {
        let reached = row.reached.map { $0 ? "да" : "нет" } ?? "—"
        return """
            <td class="num">\(row.target.isEmpty ? "—" : row.target)</td><td class="num">\(row.change.isEmpty ? "—" : row.change)</td>\
            <td\(if: row.reached == true, " class=\"reached\"")>\(reached)</td>
            """
    }

    /// Values over the rounds, the target dashed; black on white, so that it prints.
    private static func chart(_ indicator: IndicatorsTable.Indicator, _ row: IndicatorsTable.Row) -> HTML {
        let chart = row.chart
        guard !chart.points.isEmpty else { return "—" }
        let values = chart.points.map { "\($0.value) на \($0.round)" }.joined(separator: ", ")
        let target = chart.targetLabel.isEmpty ? "" : "; цель \(chart.targetLabel)"
        let width = IndicatorChart.width, height = IndicatorChart.height
        return """
            <svg class="indicator-chart" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" \
            aria-label="\(indicator.title): \(values)\(target)">\
            \(ifLet: chart.targetY, { "<line class=\"target\" x1=\"0\" y1=\"\($0)\" x2=\"\(width)\" y2=\"\($0)\"/>" })\
            <polyline class="values" points="\(chart.points.map { "\($0.x),\($0.y)" }.joined(separator: " "))"/>\
            \(each: chart.points, { "<circle cx=\"\($0.x)\" cy=\"\($0.y)\" r=\"2.5\"/>" })</svg>
            """
    }
}
