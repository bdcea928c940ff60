import KartaSite

/// `schools/<slug>/fragment.html`: the section with its scoped styles, to paste into an HTML block
/// of the school's own site.
enum SchoolFragmentTemplate {
    static func render(_ page: SchoolFragmentPage) -> HTML {
        """
        <!-- Раздел «500+» школы \(page.shortName): вставьте этот фрагмент в страницу сайта школы. Статусы — на \(page.asOf). -->
        <style>
        \(page.css)
        </style>
        <div class="karta-500" lang="ru">
        \(page.section)
        <p class="karta-500-footer">Статусы мероприятий указаны по состоянию на \(page.asOfVerbal)\
        \(nonEmpty: page.updated, { " Обновлено: \($0)" })</p>
        </div>

        """
    }
}
