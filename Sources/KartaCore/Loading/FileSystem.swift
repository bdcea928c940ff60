import Foundation

/// The few file-system reads karta needs, via Foundation.
public enum FileSystem {
    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    static func fileExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    /// Names in a folder, sorted, without hidden entries; empty when the folder does not exist.
    static func list(_ path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { !$0.hasPrefix(".") }
            .sorted()
    }

    static func read(_ path: String) -> Result<[UInt8], Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(ContentError.unreadable(reason: "нет доступа или это не файл")
                .at(SourceLocation(file: path, line: 1, column: 1)))
        }
        return .success([UInt8](data))
    }

    /// A content file's text: read, then checked and normalised by `SourceText`.
    static func text(_ path: String) -> Result<String, Diagnostic> {
        read(path).flatMap { SourceText.decode($0, file: path) }
    }
}
