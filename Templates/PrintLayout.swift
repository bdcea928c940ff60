import KartaSite

/// The shell of a printable document (order, report): A4 sheets, a toolbar seen only on screen.
enum PrintLayout {
    /// - Parameter toolbar: links after the site's name in the toolbar.
    static func render(_ shell: PageShell, title: String, toolbar: HTML = .empty, content: HTML) -> HTML {
        """
        \(HeadPartial.render(shell, title: title, stylesheet: "print.css"))
        <body class="print">
        <div id="vi">
        <nav class="screen-only toolbar" aria-label="Навигация"><a href="\(shell.root)index.html">\(shell.siteTitle)</a>\(toolbar)
        <a class="vi-on" href="#vi">Версия для слабовидящих</a><a class="vi-off" href="#">Обычная версия</a>\
        \(nonEmpty: shell.updated, { "<span class=\"updated\">Обновлено: \($0)</span>" })</nav>
        <main>
        \(content)
        </main>
        </div>
        </body>
        </html>

        """
    }
}
