import Foundation
import KartaCore
import Mustache

/// The Mustache templates and assets of a `Templates/` folder, loaded once per build.
public struct TemplateSet: Sendable {
    public static let required = ["layout", "print-layout", "index", "roadmap", "school", "school-fragment", "partials/school-section", "partials/school-measures", "order", "report"]

    let library: MustacheLibrary
    /// Files under `assets/`, copied to the output as they are.
    public let assets: [OutputFile]
    /// The scoped styles pasted into school fragments.
    public let fragmentCSS: String
    /// Of every template and asset: part of every page's fingerprint.
    let fingerprint: Fingerprint
    /// Each template's text, by its file's path.
    let sources: [String: String]
    /// The file of each template, by every name it is registered under.
    let paths: [String: String]
    /// When set, renders record the names no view model had (`karta check`).
    var unknownNames: UnknownNames?

    /// Loads every `*.mustache` file (names are paths without the extension, e.g. `partials/timeline`;
    /// partials are also registered by their file name) and every asset.
    public static func load(from directory: String) -> Result<TemplateSet, TemplateProblems> {
        var diagnostics = Diagnostics()
        var sources: [String: String] = [:]
        var paths: [String: String] = [:]
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard FileSystem.isDirectory(root) else {
            diagnostics.report(TemplateError.missingFolder, at: SourceLocation(file: root, line: 1, column: 1))
            return .failure(TemplateProblems(diagnostics: diagnostics))
        }
        HTMLEscaper.register()
        var library = MustacheLibrary()
        var names: Set<String> = []
        var broken: Set<String> = []
        var references: [(path: String, TemplateTag)] = []
        var fingerprint = Fingerprint()
        for relative in FileLister.files(under: root) where relative.hasSuffix(".mustache") {
            let path = "\(root)/\(relative)"
            let name = String(relative.dropLast(".mustache".count))
            let bytes = FileLister.bytes(path)
            fingerprint.add(relative)
            fingerprint.add(String(decoding: bytes, as: UTF8.self))
            guard var text = String(validating: bytes, as: UTF8.self) else {
                broken.insert(name)
                diagnostics.report(TemplateError.unreadable, at: SourceLocation(file: path, line: 1, column: 1))
                continue
            }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            sources[path] = text
            references += TemplateTag.all(in: text).filter(\.namesTemplate).map { (path, $0) }
            do {
                let template = try MustacheTemplate(string: text)
                library.register(template, named: name)
                names.insert(name)
                paths[name] = path
                if let short = name.split(separator: "/").last.map(String.init), short != name, !names.contains(short) {
                    library.register(template, named: short)
                    names.insert(short)
                    paths[short] = path
                }
            } catch let error as MustacheTemplate.ParserError {
                broken.insert(name)
                diagnostics.report(TemplateError.syntax(TemplateError.describe(error.error)),
                                   at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                broken.insert(name)
                diagnostics.report(TemplateError.syntax("\(error)"), at: SourceLocation(file: path, line: 1, column: 1))
            }
        }
        // A template that failed to load is reported once, not again where it is needed.
        let known = names.union(broken).union(broken.compactMap { $0.split(separator: "/").last.map(String.init) })
        for name in required where !known.contains(name) {
            diagnostics.report(TemplateError.missingTemplate(name), at: SourceLocation(file: "\(root)/\(name).mustache", line: 1, column: 1))
        }
        for (path, reference) in references where !known.contains(reference.name) {
            let suggestion = NearestWord.find(reference.name, among: known.sorted())
            diagnostics.report(TemplateError.missingPartial(reference.name, suggestion: suggestion),
                               at: SourceLocation(file: path, line: reference.line, column: reference.column))
        }
        let assets = FileLister.files(under: "\(root)/assets").map { relative in
            OutputFile(path: "assets/\(relative)", bytes: FileLister.bytes("\(root)/assets/\(relative)"))
        }
        for asset in assets {
            fingerprint.add(asset.path)
            fingerprint.add(String(decoding: asset.bytes, as: UTF8.self))
        }
        let fragmentCSS = assets.first { $0.path == "assets/fragment.css" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
        if diagnostics.hasErrors { return .failure(TemplateProblems(diagnostics: diagnostics, sources: sources)) }
        return .success(TemplateSet(library: library, assets: assets, fragmentCSS: fragmentCSS, fingerprint: fingerprint,
                                    sources: sources, paths: paths))
    }

    /// Renders a view model with the named template.
    func render(_ context: ContextNode, with name: String) -> String {
        guard let unknownNames else { return library.render(context, withTemplate: name) ?? "" }
        return library.render(TracedContext(root: context, template: name, names: unknownNames), withTemplate: name) ?? ""
    }

    /// A partial's HTML without the newline that ends its file, to be put into another page.
    func renderEmbedded(_ context: ContextNode, with name: String) -> String {
        var html = render(context, with: name)
        if html.hasSuffix("\n") { html.removeLast() }
        return html
    }
}
