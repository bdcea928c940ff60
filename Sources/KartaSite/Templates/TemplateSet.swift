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

    /// Loads every `*.mustache` file (names are paths without the extension, e.g. `partials/timeline`;
    /// partials are also registered by their file name) and every asset.
    public static func load(from directory: String) -> Result<TemplateSet, Diagnostics> {
        var diagnostics = Diagnostics()
        let root = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard FileSystem.isDirectory(root) else {
            diagnostics.report(TemplateError.missingFolder, at: SourceLocation(file: root, line: 1, column: 1))
            return .failure(diagnostics)
        }
        HTMLEscaper.register()
        var library = MustacheLibrary()
        var names: Set<String> = []
        var fingerprint = Fingerprint()
        for relative in FileLister.files(under: root) where relative.hasSuffix(".mustache") {
            let path = "\(root)/\(relative)"
            let name = String(relative.dropLast(".mustache".count))
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            fingerprint.add(relative)
            fingerprint.add(text)
            do {
                let template = try MustacheTemplate(string: text)
                library.register(template, named: name)
                names.insert(name)
                if let short = name.split(separator: "/").last.map(String.init), short != name, !names.contains(short) {
                    library.register(template, named: short)
                    names.insert(short)
                }
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.report(TemplateError.syntax(TemplateError.describe(error.error)),
                                   at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber + 1))
            } catch {
                diagnostics.report(TemplateError.syntax("\(error)"), at: SourceLocation(file: path, line: 1, column: 1))
            }
        }
        for name in required where !names.contains(name) {
            diagnostics.report(TemplateError.missingTemplate(name), at: SourceLocation(file: "\(root)/\(name).mustache", line: 1, column: 1))
        }
        let assets = FileLister.files(under: "\(root)/assets").map { relative in
            OutputFile(path: "assets/\(relative)", bytes: FileLister.bytes("\(root)/assets/\(relative)"))
        }
        for asset in assets {
            fingerprint.add(asset.path)
            fingerprint.add(String(decoding: asset.bytes, as: UTF8.self))
        }
        let fragmentCSS = assets.first { $0.path == "assets/fragment.css" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
        if diagnostics.hasErrors { return .failure(diagnostics) }
        return .success(TemplateSet(library: library, assets: assets, fragmentCSS: fragmentCSS, fingerprint: fingerprint))
    }

    /// Renders a view model with the named template.
    func render(_ context: ContextNode, with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// A partial's HTML without the newline that ends its file, to be put into another page.
    func renderEmbedded(_ context: ContextNode, with name: String) -> String {
        var html = render(context, with: name)
        if html.hasSuffix("\n") { html.removeLast() }
        return html
    }
}
