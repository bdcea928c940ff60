import KartaSite

/// The shell of every site page: header with the site's name, the «version for the visually
/// impaired» switch, the content, the as-of date in the footer.
enum Layout {
    static func render(_ shell: PageShell, title: String, content: HTML) -> HTML {
        """
        \(HeadPartial.render(shell, title: title, stylesheet: "style.css"))
        <body>
        <div id="vi" class="page">
        <a class="skip" href="#main">Перейти к содержанию</a>
        <header class="site-header">
        <p class="site-title"><a href="\(shell.root)index.html">\(shell.siteTitle)</a></p>
        <p class="site-org">\(shell.organization)</p>
        <nav class="site-nav" aria-label="Служебное меню">
        <a class="vi-on" href="#vi">Версия для слабовидящих</a>
        <a class="vi-off" href="#">Обычная версия</a>
        </nav>
        </header>
        <main id="main">
        \(content)
        </main>
        <footer class="site-footer">
        <p>Статусы мероприятий указаны по состоянию на \(shell.asOfVerbal)</p>\
        \(nonEmpty: shell.updated, { "\n<p class=\"updated\">Обновлено: \($0)</p>" })
        </footer>
        </div>
        </body>
        </html>

        """
    }
}
