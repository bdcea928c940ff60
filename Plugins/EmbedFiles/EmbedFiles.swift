import Foundation
import PackagePlugin

/// Compiles the files under a target's `assets/` and `starter/` folders into the target as
/// `EmbeddedFiles.all`, so that the installed karta needs nothing beside its binary. The folders
/// are listed on every build, so a file added, changed or removed is embedded again.
@main
struct EmbedFiles: BuildToolPlugin {
    static let folders = ["assets", "starter"]

    /// An editor's own file (`x.css~`, `#x#`, `.#x`, `~$x`) or a Finder note is not part of the theme.
    static func isEditorFile(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix("~") || name.hasPrefix("#") || name.hasPrefix(".#") || name.hasPrefix("~$")
            || name == ".DS_Store"
    }

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = target.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            let base = root.appending(path: folder)
            guard let paths = FileManager.default.subpaths(atPath: base.path) else { continue }
            for path in paths.sorted() where !Self.isEditorFile(path) {
                var isDirectory: ObjCBool = false
                let url = base.appending(path: path)
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    inputs.append(url)
                }
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) files into \(target.name)",
                executable: try context.tool(named: "karta-embed").url,
                arguments: [root.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
