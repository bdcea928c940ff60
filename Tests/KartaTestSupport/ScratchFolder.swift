import Foundation

/// Temporary folders for tests. They are made under one folder of this test run, which is removed
/// when the run ends, so that repeated `make test` runs leave nothing behind in the system's
/// temporary folder.
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
}
