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

    /// Renders with empty strings replaced by a blank that `{{#key}}` sections skip (Mustache
    /// treats an empty string as present). Removing the key instead would let the lookup fall
    /// through to an outer context and show its value.
    public func render(_ context: [String: Any], with name: String) -> String {
        library.render(Self.node(context), withTemplate: name) ?? ""
    }

    /// The context as `ContextNode`s, with empty strings as `Blank`.
    static func node(_ context: [String: Any]) -> ContextNode {
        var values: [String: Any] = [:]
        values.reserveCapacity(context.count)
        for (key, value) in context {
            values[key] = pruned(value)
        }
        return ContextNode(values)
    }

    private static let stringType = ObjectIdentifier(String.self)
    private static let dictionaryType = ObjectIdentifier([String: Any].self)
    private static let dictionariesType = ObjectIdentifier([[String: Any]].self)
    private static let stringsType = ObjectIdentifier([String].self)
    private static let scalarTypes: Set<ObjectIdentifier> = [ObjectIdentifier(Int.self), ObjectIdentifier(Bool.self)]

    /// Dispatches on the exact dynamic type first: a failed `as?` cast to a collection type is slow.
    private static func pruned(_ value: Any) -> Any {
        let type = ObjectIdentifier(type(of: value))
        if scalarTypes.contains(type) { return value }
        switch type {
        case stringType:
            let text = value as! String
            return text.isEmpty ? Blank() as Any : Text(value: text)
        case dictionaryType:
            return node(value as! [String: Any])
        case dictionariesType:
            return (value as! [[String: Any]]).map(node)
        case stringsType:
            return (value as! [String]).filter { !$0.isEmpty }
        default:
            if let text = value as? String { return text.isEmpty ? Blank() as Any : Text(value: text) }
            if let dictionary = value as? [String: Any] { return node(dictionary) }
            if let array = value as? [[String: Any]] { return array.map(node) }
            if let strings = value as? [String] { return strings.filter { !$0.isEmpty } }
            return value
        }
    }
}
