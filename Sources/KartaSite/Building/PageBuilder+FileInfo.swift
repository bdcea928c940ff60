import KartaCore

extension PageBuilder {
    /// «PDF, 184 КБ» for a link from content to a file the site publishes; empty for a link
    /// elsewhere (another site, a page).
    func fileInfo(_ href: String) -> String {
        guard case .local(let path) = LinkChecker.classify(href), !path.hasSuffix(".html"), !path.hasSuffix("/") else {
            return ""
        }
        return Format.fileInfo(path: path, size: site.attachmentSizes[path])
    }

    /// A link to a PDF karta printed (`--pdf`), with its size, by the same rule as `documentLink`;
    /// nil before the PDFs are printed: the pages are then rendered again with their links.
    func pdfLink(_ path: String, root: String? = nil) -> PageLink? {
        pdfSizes[path].map { documentLink(path, size: $0, root: root) }
    }

    /// A link to a document karta wrote (`roadmaps/x/roadmap.docx`), with its format and size:
    /// by its name from a page in its folder, else through `root`, the page's way to the site root.
    func documentLink(_ path: String, size: Int, root: String? = nil) -> PageLink {
        PageLink(
            href: root.map { $0 + path } ?? OutputPaths.name(of: path), label: "",
            file: Format.fileInfo(path: path, size: size))
    }
}
