import KartaCore
import KartaImport

/// What every import must give, whatever the document: files that read back as well-formed
/// content (their YAML is karta's own writing, so it may never be broken).
public enum ImportedFiles {
    static let malformed: Set<DiagnosticCode> = [
        .brokenYAML, .frontMatterMissing, .frontMatterNotClosed, .forbiddenCharacter,
        .yamlAlias, .yamlTag, .notUTF8, .wrongType, .emptyItem
    ]

    public static func check(_ result: Result<([ContentFileText], ImportReport), Diagnostics>) {
        guard case .success(let (files, report)) = result else { return }
        _ = report.summary
        for file in files {
            guard case .success(let text) = SourceText.decode(Array(file.text.utf8), file: file.path) else {
                fatalError("import wrote \(file.path) that is not UTF-8 text")
            }
            let diagnostics: [Diagnostic]
            if file.path.hasSuffix("/site.yml") {
                diagnostics = Site.decode(Document.yaml(text, path: file.path)).1
            } else {
                guard case .success(let document) = Document.split(text, path: file.path) else {
                    fatalError("import wrote an unreadable \(file.path):\n\(file.text)")
                }
                if file.path.contains("/roadmaps/") {
                    diagnostics = Roadmap.decode(document).1
                } else if file.path.contains("/orders/") {
                    diagnostics = Order.decode(document).1
                } else {
                    diagnostics = School.decode(document).1
                }
            }
            for diagnostic in diagnostics where malformed.contains(diagnostic.code) {
                fatalError("import wrote \(file.path) that reads as «\(diagnostic)»:\n\(file.text)")
            }
        }
    }
}
