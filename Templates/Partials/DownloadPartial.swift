import KartaSite

/// « · Дорожная карта в формате Word (DOCX, 7 КБ)»: a link to a document karta wrote beside the
/// page, downloaded rather than opened, with its format and size inside the link.
enum DownloadPartial {
    static func render(_ link: PageLink?, _ name: String) -> HTML {
        guard let link else { return .empty }
        return " · <a href=\"\(link.href)\" download>\(name)\(FileInfoPartial.render(link.file))</a>"
    }
}
