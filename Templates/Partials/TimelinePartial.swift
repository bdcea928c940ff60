import KartaSite

/// The stage timeline as SVG: months, a bar per measure coloured by state, the as-of line, a legend
/// and the measures that have no dates on the scale.
enum TimelinePartial {
    static func render(_ figure: TimelineFigure) -> HTML {
        """
        <figure class="timeline">
        <svg viewBox="0 0 \(figure.width) \
        \(figure.height)" role="img" aria-labelledby="timeline-title timeline-desc" preserveAspectRatio="xMinYMin meet">
        <title id="timeline-title">Шкала времени дорожной карты</title>
        <desc id="timeline-desc">\
        \(typeset: description(figure))</desc>
        \(patterns)
        \(each: figure.months, { month(figure, $0) })\(each: figure.rows, row)\
        \(ifLet: figure.asOfX, { asOfLine(figure, x: $0) })
        </svg>
        <figcaption>
        <ul class="legend">
        \(each: figure.legend, legendItem)
        <li><svg width="28" height="12" aria-hidden="true"><rect width="28" height="12" fill="url(#recurring-planned)" class="bar bar-planned"/>\
        </svg> регулярное мероприятие</li>
        <li><svg width="28" height="12" aria-hidden="true"><line x1="14" y1="0" x2="14" y2="12" class="as-of"/></svg> дата отчёта</li>
        </ul>
        \(if: !figure.unplaced.isEmpty, unplaced(figure.unplaced))</figcaption>
        </figure>

        """
    }

    /// What the figure shows, in words, for those who cannot see it.
    private static func description(_ figure: TimelineFigure) -> String {
        let measures = Wording.count(figure.measureCount, "мероприятие", "мероприятия", "мероприятий")
        return "Шкала времени: \(measures) по этапам, \(figure.period); отметка — \(figure.asOf). Полный список — в таблице ниже."
    }

    private static func asOfLine(_ figure: TimelineFigure, x: String) -> HTML {
        """
        <line x1="\(x)" y1="30" x2="\(x)" y2="\(figure.gridBottom)" class="as-of"/>\
        <text x="\(figure.asOfLabelX)" y="40" class="as-of-label">на \(figure.asOf)</text>
        """
    }

    private static func legendItem(_ item: TimelineFigure.LegendItem) -> HTML {
        """
        <li><svg width="28" height="12" aria-hidden="true">\
        <rect width="28" height="12" fill="url(#fill-\(item.state))" class="bar bar-\(item.state)"/></svg> \(item.label)</li>
        """
    }

    private static let patterns: HTML = """
        <defs>
        <pattern id="fill-done" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="fill-done"/></pattern>
        <pattern id="fill-in-progress" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">\
        <rect width="6" height="6" class="fill-light-in-progress"/><rect width="3" height="6" class="fill-in-progress"/></pattern>
        <pattern id="fill-planned" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="fill-light-planned"/>\
        </pattern>
        <pattern id="fill-overdue" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="fill-light-overdue"/>\
        <path d="M0 0L6 6M6 0L0 6" class="stroke-overdue"/></pattern>
        <pattern id="fill-cancelled" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="fill-light-cancelled"/>\
        <path d="M0 3H6" class="stroke-cancelled"/></pattern>
        <pattern id="recurring-done" width="8" height="10" patternUnits="userSpaceOnUse"><rect x="0" width="3" height="10" class="fill-done"/>\
        </pattern>
        <pattern id="recurring-in-progress" width="8" height="10" patternUnits="userSpaceOnUse">\
        <rect x="0" width="3" height="10" class="fill-in-progress"/></pattern>
        <pattern id="recurring-planned" width="8" height="10" patternUnits="userSpaceOnUse"><rect x="0" width="3" height="10" class="fill-planned"/>\
        </pattern>
        <pattern id="recurring-overdue" width="8" height="10" patternUnits="userSpaceOnUse"><rect x="0" width="3" height="10" class="fill-overdue"/>\
        </pattern>
        <pattern id="recurring-cancelled" width="8" height="10" patternUnits="userSpaceOnUse">\
        <rect x="0" width="3" height="10" class="fill-cancelled"/></pattern>
        </defs>
        """

    private static func month(_ figure: TimelineFigure, _ month: TimelineFigure.Month) -> HTML {
        """
        <rect x="\(month.x)" y="0" width="\(month.width)" height="\(figure.gridBottom)" class="month\(if: month.odd, " month-odd")"/>
        <text x="\(month.labelX)" y="13" class="month-label">\(month.label)</text>
        <text x="\(month.labelX)" y="27" class="year-label">\(month.year)</text>

        """
    }

    private static func row(_ row: TimelineFigure.Row) -> HTML {
        switch row {
        case .stage(let title, let textY):
            return "<text x=\"4\" y=\"\(textY)\" class=\"stage-label\">\(title)</text>\n\n"
        case .event(let href, let tooltip, let label, let textY, let bars):
            return """

            <a href="\(href)"><title>\(tooltip)</title><text x="4" y="\(textY)" class="event-label">\(label)</text>\(each: bars, bar)</a>

            """
        }
    }

    private static func bar(_ bar: TimelineFigure.Bar) -> HTML {
        let fill = (bar.recurring ? "url(#recurring-" : "url(#fill-") + bar.state + ")"
        return """
            <rect x="\(bar.x)" y="\(bar.y)" width="\(bar.width)" height="10" fill="\(fill)" \
            class="bar bar-\(bar.state)\(if: bar.recurring, " bar-recurring")"/>
            """
    }

    private static func unplaced(_ items: [TimelineFigure.Unplaced]) -> HTML {
        """
        <p class="unplaced-title">Без дат на шкале:</p>
        <ul class="unplaced">\
        \(each: items, { "<li><a href=\"\($0.href)\">\($0.id)</a> \($0.title)\(nonEmpty: $0.when, { " — «\($0)»" }) (\(reason($0.reason)))</li>" })\
        </ul>

        """
    }

    private static func reason(_ reason: TimelineFigure.Reason) -> String {
        switch reason {
        case .noTerm: "срок не указан"
        case .outsidePeriod: "вне периода дорожной карты"
        case .bySchedule: "по отдельному графику"
        case .notUnderstood: "срок не распознан"
        }
    }
}
