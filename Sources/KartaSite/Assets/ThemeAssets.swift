import KartaCore

/// The theme's files under `output/assets/` (stylesheets): those compiled into karta with the
/// theme, each replaced by the file of the same path in a templates folder's `assets/` when the
/// build has one. The folder is read on every build, so a change of a stylesheet needs no
/// recompiling.
public struct ThemeAssets: Sendable {
    public let files: [OutputFile]
    /// The scoped styles pasted into school fragments (`fragment.css`).
    public let fragmentCSS: String
    /// Of every asset: part of every page's fingerprint.
    let fingerprint: Fingerprint

    /// - Parameters:
    ///   - theme: its own assets are the defaults.
    ///   - folder: a templates folder whose `assets/` overrides them; nil for the theme's alone.
    public static func load(theme: any Theme, overrides folder: String?) -> Result<ThemeAssets, Diagnostic> {
        var byPath: [String: [UInt8]] = [:]
        for file in theme.assets { byPath[file.path] = file.bytes }
        if let folder {
            let root = FileSystem.folder(folder) + "/assets"
            guard FileSystem.isDirectory(root) else {
                return .failure(AssetsError.missingFolder.at(SourceLocation(file: root)))
            }
            for relative in FileSystem.files(under: root) {
                byPath["assets/\(relative)"] = FileSystem.bytes("\(root)/\(relative)")
            }
        }
        let files = byPath.keys.sorted().map { OutputFile(path: $0, bytes: byPath[$0]!) }
        var fingerprint = Fingerprint()
        for file in files {
            fingerprint.add(file.path)
            fingerprint.add(String(decoding: file.bytes, as: UTF8.self))
        }
        let css = byPath["assets/fragment.css"].map { String(decoding: $0, as: UTF8.self) } ?? ""
        return .success(ThemeAssets(files: files, fragmentCSS: css, fingerprint: fingerprint))
    }

    /// The templates folder whose styles a build uses: the one asked for, else `Templates/`
    /// beside the content folder when it has `assets/`, else none (the theme's own styles).
    public static func overrides(templates: String?, content: String) -> String? {
        if let templates { return templates }
        let beside = FileSystem.sibling("Templates", of: content)
        return FileSystem.isDirectory(beside + "/assets") ? beside : nil
    }
}
