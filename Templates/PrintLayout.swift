import KartaSite

/// The shell of a printable document (order, report): A4 sheets, a toolbar seen only on screen.
enum PrintLayout {
    /// - Parameter toolbar: links after the site's name in the toolbar.
    static func render(_ shell: PageShell, toolbar: HTML = .empty, content: HTML) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(shell.pageTitle)</title>
        <link rel="stylesheet" href="\(shell.root)assets/print.css">
        </head>
        <body class="print">
        <div id="vi">
        <nav class="screen-only toolbar" aria-label="Навигация"><a href="\(shell.root)index.html">\(shell.siteTitle)</a>\(toolbar)
        <a class="vi-on" href="#vi">Версия для слабовидящих</a><a class="vi-off" href="#">Обычная версия</a></nav>
        <main>
        \(content)
        </main>
        </div>
        </body>
        </html>

        """
    }
}
