/// The files under `content/files/` that the site publishes as they are.
///
/// Not published, without a word: hidden files and an editor's own (`ContentFile.isEditorFile`).
/// Not published, with a warning at the file: links (they could bring in any file of the
/// machine), and pages or scripts (`.html`, `.js`, an `.svg` with script) — the site would serve
/// them from its own address, where their script could act as the site.
public enum Attachments {
    static let folder = "files"
    /// Extensions a browser runs as a page or a script when the file is opened.
    static let active: Set<String> = ["html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "xml", "xsl", "swf"]

    /// Sorted by path; one `stat` per file for its size.
    public static func scan(contentDirectory: String, into diagnostics: inout Diagnostics) -> [Attachment] {
        var published: [Attachment] = []
        FileSystem.walk("\(contentDirectory)/\(folder)") { relative, kind in
            if relative.split(separator: "/").contains(where: ContentFile.isEditorFile) { return }
            let path = "\(folder)/\(relative)"
            let location = SourceLocation(file: "\(contentDirectory)/\(path)")
            switch kind {
            case .folder: return
            case .link: diagnostics.report(ResolveError.attachmentRefused(path, reason: .link), at: location)
            case .file:
                if isActive(path: "\(contentDirectory)/\(path)") {
                    diagnostics.report(ResolveError.attachmentRefused(path, reason: .active), at: location)
                } else {
                    published.append(
                        Attachment(path: path, size: FileSystem.size(of: "\(contentDirectory)/\(path)") ?? 0))
                }
            }
        }
        return published
    }

    static func isActive(path: String) -> Bool {
        let ext = path.split(separator: "/").last?.split(separator: ".").dropFirst().last.map { $0.lowercased() } ?? ""
        if active.contains(ext) { return true }
        guard ext == "svg" else { return false }
        // An image in <img> never runs script, but the file opened on its own does.
        let text = String(decoding: FileSystem.bytes(path), as: UTF8.self).lowercased()
        return text.contains("<script") || text.contains("javascript:")
            || text.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil
    }
}
