import KartaSite

/// `roadmaps/<slug>/document.html`: the roadmap as its own document, as its appendix to the order
/// prints it — the approval stamp, the title, the table with the document's columns — on
/// landscape sheets when the table is wide; printed to `roadmap.pdf` by `--pdf`.
enum RoadmapDocumentTemplate {
    static func render(_ page: RoadmapDocumentPage) -> HTML {
        let toolbar: HTML = """
             › <a href="\(page.roadmapHref)">Дорожная карта</a>\(DownloadPartial.render(page.pdf, "Дорожная карта в формате PDF"))\
            \(DownloadPartial.render(page.docx, "Дорожная карта в формате Word"))
            """
        let stamp: HTML = "<p class=\"approval-stamp\">\(each: page.stampLines, { "<span>\($0)</span>" })</p>\n"
        return PrintLayout.render(page.shell, title: page.title, toolbar: toolbar, content: """
        <article class="sheet document roadmap-document\(if: page.table.isWide, " landscape")">
        \(if: !page.stampLines.isEmpty, stamp)<h1 class="appendix-title">\(page.title)</h1>
        \(PrintTablePartial.render(page.table, withState: false))
        </article>

        """)
    }
}
