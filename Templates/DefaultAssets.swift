import KartaSite

/// The files of `Templates/assets/`, compiled into karta by the `EmbedFiles` plugin, so that the
/// installed binary builds a site with no templates folder anywhere.
enum DefaultAssets {
    static let files: [OutputFile] = EmbeddedFiles.all.compactMap { file in
        let parts = file.path.split(separator: "/")
        // Hidden files are not part of the theme, as when the folder is read from disk.
        guard parts.first == "assets", !parts.contains(where: { $0.hasPrefix(".") }) else { return nil }
        return OutputFile(path: file.path, bytes: file.bytes)
    }
}
