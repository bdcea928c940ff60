import KartaSite

/// `schools/<slug>/index.html`: the school's section in the site's shell.
enum SchoolTemplate {
    static func render(_ page: SchoolPage) -> HTML {
        Layout.render(page.shell, title: page.shortName, content: """
        <nav class="breadcrumbs" aria-label="Навигация"><a href="\(page.shell.root)index.html">Главная</a> › Школа</nav>
        \(page.section)

        """)
    }
}
