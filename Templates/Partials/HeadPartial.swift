import KartaSite

/// The start of every full page up to `</head>`: language, encoding, title, one stylesheet.
enum HeadPartial {
    /// - Parameter title: the page's title, typeset here.
    /// - Parameter stylesheet: a file of `assets/`: `style.css` or `print.css`.
    static func render(_ shell: PageShell, title: String, stylesheet: String) -> HTML {
        """
        <!DOCTYPE html>
        <html lang="ru">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(typeset: title)</title>
        <link rel="stylesheet" href="\(shell.root)assets/\(stylesheet)">
        </head>
        """
    }
}
