import KartaCore

/// The theme's files under `Templates/assets/` (stylesheets), copied to `output/assets/` as they
/// are; read on every build, so that a change of a stylesheet needs no recompiling.
public struct ThemeAssets: Sendable {
    public let files: [OutputFile]
    /// The scoped styles pasted into school fragments (`fragment.css`).
    public let fragmentCSS: String
    /// Of every asset: part of every page's fingerprint.
    let fingerprint: Fingerprint

    /// - Parameter folder: the templates folder; its `assets/` subfolder is read.
    public static func load(from folder: String) -> Result<ThemeAssets, Diagnostic> {
        let root = FileSystem.folder(folder) + "/assets"
        guard FileSystem.isDirectory(root) else {
            return .failure(AssetsError.missingFolder.at(SourceLocation(file: root)))
        }
        let files = FileSystem.files(under: root).map { relative in
            OutputFile(path: "assets/\(relative)", bytes: FileSystem.bytes("\(root)/\(relative)"))
        }
        var fingerprint = Fingerprint()
        for file in files {
            fingerprint.add(file.path)
            fingerprint.add(String(decoding: file.bytes, as: UTF8.self))
        }
        let css = files.first { $0.path == "assets/fragment.css" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
        return .success(ThemeAssets(files: files, fragmentCSS: css, fingerprint: fingerprint))
    }
}
