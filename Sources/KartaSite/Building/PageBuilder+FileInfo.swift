import KartaCore

extension PageBuilder {
    /// «PDF, 184 КБ» for a link from content to a file the site publishes; empty for a link
    /// elsewhere (another site, a page).
    func fileInfo(_ href: String) -> String {
        guard case .local(let path) = LinkChecker.classify(href), !path.hasSuffix(".html"), !path.hasSuffix("/") else { return "" }
        return Format.fileInfo(path: path, size: site.attachmentSizes[path])
    }

    /// A link from a page to a document karta wrote in the page's folder (`roadmap.docx`), with
    /// its format and size.
    func documentLink(_ path: String, size: Int) -> PageLink {
        let name = OutputPaths.name(of: path)
        return PageLink(href: name, label: "", file: Format.fileInfo(path: name, size: size))
    }
}
