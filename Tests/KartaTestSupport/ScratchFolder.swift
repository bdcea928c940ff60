import Foundation

/// Temporary folders for tests: the one helper every test target uses to make, fill, copy, edit
/// and read back folders. They are made under one folder of this test run, which is removed when
/// the run ends, so that repeated `make test` runs leave nothing behind in the system's temporary
/// folder.
public enum ScratchFolder {
    /// This run's folder; the process id keeps runs at the same time apart.
    public static let root: URL = {
        let root = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("karta-tests-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: root)
        atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
        return root
    }()

    /// A new empty folder named `<prefix>-<uuid>`.
    public static func make(_ prefix: String) throws -> URL {
        let folder = url(prefix)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A new path named `<prefix>-<uuid>` in a folder that exists; nothing is made at the path
    /// itself, for tests of tools that make their own output folder.
    public static func url(_ prefix: String, extension ext: String = "") -> URL {
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let name = "\(prefix)-\(UUID().uuidString)" + (ext.isEmpty ? "" : ".\(ext)")
        return root.appendingPathComponent(name)
    }

    /// A new folder holding `files` (relative path → text), with the folders they need.
    public static func make(_ prefix: String, files: [String: String]) throws -> URL {
        let folder = try make(prefix)
        for (path, text) in files { try write(Data(text.utf8), to: folder.appendingPathComponent(path)) }
        return folder
    }

    /// A new content folder holding `files`, with a small `site.yml` unless `files` has one.
    public static func content(_ files: [String: String]) throws -> URL {
        var files = files
        if files["site.yml"] == nil {
            files["site.yml"] = "title: Тестовый сайт\norganization: Отдел образования\nas_of: 2026-02-02\n"
        }
        return try make("content", files: files)
    }

    /// Writes `data` to `file`, making the folders above it.
    public static func write(_ data: Data, to file: URL) throws {
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// Writes `text` to the file at `path`, making the folders above it.
    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: URL(fileURLWithPath: path))
    }

    /// A copy of `source` (a file or a folder) as `name` in a new scratch folder: its path.
    public static func copy(_ source: URL, as name: String) throws -> URL {
        let target = try make("copy").appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: target)
        return target
    }

    /// Replaces text in a file; fails when the file does not contain `old`, so that an edit that
    /// no longer applies cannot pass unnoticed.
    public static func edit(_ path: String, replacing old: String, with new: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        guard text.contains(old) else { throw EditError(file: path, text: old) }
        try write(text.replacingOccurrences(of: old, with: new), to: path)
    }

    struct EditError: Error, CustomStringConvertible {
        let file: String
        let text: String
        var description: String { "\(file) does not contain «\(text)»" }
    }

    /// Every file under a folder with its bytes, by relative path.
    public static func snapshot(_ folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        for case let relative as String in enumerator {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue {
                result[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
        }
        return result
    }
}
