import FuzzDriver
import KartaCore
import KartaImport

/// Any text as a document to import: the import must return, and every file it would write must
/// read back as well-formed content (its YAML is karta's own writing, so it may never be broken).
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard case .success(let text) = SourceText.decode(bytes, file: "plan.txt") else { return 0 }
    guard
        case .success(let (files, report)) = Importer.convert(
            text, file: "plan.txt", slug: "plan", period: nil,
            into: "content")
    else { return 0 }
    _ = report.summary
    let malformed: Set<DiagnosticCode> = [
        .brokenYAML, .frontMatterMissing, .frontMatterNotClosed, .forbiddenCharacter,
        .yamlAlias, .yamlTag, .notUTF8, .wrongType, .emptyItem
    ]
    for file in files {
        let written = SourceText.decode(Array(file.text.utf8), file: file.path)
        guard case .success(let text) = written, case .success(let document) = Document.split(text, path: file.path)
        else {
            fatalError("import wrote an unreadable \(file.path):\n\(file.text)")
        }
        let diagnostics: [Diagnostic]
        if file.path.contains("/roadmaps/") {
            diagnostics = Roadmap.decode(document).1
        } else if file.path.contains("/orders/") {
            diagnostics = Order.decode(document).1
        } else {
            diagnostics = School.decode(document).1
        }
        for diagnostic in diagnostics where malformed.contains(diagnostic.code) {
            fatalError("import wrote \(file.path) that reads as «\(diagnostic)»:\n\(file.text)")
        }
    }
    return 0
}

@_cdecl("fuzz_import_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runLibFuzzer(argc, argv) { data, size in fuzz(data!, size) }
}
