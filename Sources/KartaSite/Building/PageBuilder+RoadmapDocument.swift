import KartaCore

extension PageBuilder {
    /// - Parameter docx: the size of the roadmap's Word document, when there is one.
    func roadmapDocument(_ index: Int, docx: Int? = nil) -> RoadmapDocumentPage {
        let resolved = site.roadmaps[index]
        let root = OutputPaths.root(of: resolved.paths.document)
        return RoadmapDocumentPage(
            shell: shell(root: root, job: .roadmap(index, docx: false)),
            stampLines: approvalStamp(of: index), title: Format.typeset(resolved.roadmap.title),
            table: measuresTable(resolved.status, root: root),
            roadmapHref: OutputPaths.name(of: resolved.paths.page),
            pdf: pdfLink(resolved.paths.pdf),
            docx: docx.map { documentLink(resolved.paths.docx, size: $0) })
    }
}
