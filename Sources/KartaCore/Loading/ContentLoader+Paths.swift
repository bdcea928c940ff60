extension ContentLoader {
    /// A path inside the content folder that karta decodes into the model: `site.yml` and the
    /// `.md` files of `schools/`, `roadmaps/`, `orders/` (`karta diff` compares those by meaning,
    /// the other files by their bytes).
    public static func isModelFile(_ relative: String) -> Bool {
        if relative == "site.yml" { return true }
        let parts = relative.split(separator: "/")
        return parts.count == 2 && parts[1].hasSuffix(".md") && ContentKind.allCases.contains { $0.folder == parts[0] }
    }

    /// A monitoring table: `monitoring/<roadmap>/<name>.csv` (or `.tsv`, `.txt`, `.xlsx`).
    public static func isMonitoringTable(_ relative: String) -> Bool {
        let parts = relative.split(separator: "/")
        return parts.count == 3 && parts[0] == "monitoring" && MonitoringTable.isTable(String(parts[2]))
    }

    /// A path karta passes over without a word: an editor's own file or a hidden one, at any depth.
    public static func isPassedOver(_ relative: String) -> Bool {
        relative.split(separator: "/").contains(where: ContentFile.isEditorFile)
    }
}
