import KartaCore

extension PageBuilder {
    func roadmapDocument(_ index: Int) -> RoadmapDocumentPage {
        let resolved = site.roadmaps[index]
        return RoadmapDocumentPage(
            stampLines: approvalStamp(of: index), title: Format.typeset(resolved.roadmap.title),
            table: measuresTable(resolved.status, root: OutputPaths.root(of: resolved.path)))
    }
}
