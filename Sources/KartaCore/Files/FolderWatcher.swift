import Foundation

/// Calls back when files change under some folders: by inotify on Linux, else by polling the
/// stamps of their files every 100 ms. Bursts (an editor's temporary file, then its rename) are
/// gathered for `settle` seconds into one call. What changed is not told: the caller compares stamps.
public final class FolderWatcher: Sendable {
    private let folders: [String]
    private let settle: Double
    private let onChange: @Sendable () -> Void
    private let descriptor: Int32?

    /// - Parameter folders: each watched with its subfolders (those made later too).
    public init(folders: [String], settle: Double = 0.02, onChange: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.settle = settle
        self.onChange = onChange
        descriptor = Platform.startWatching()
    }

    /// Watches on a thread of its own, until the process ends.
    public func start() {
        let thread = Thread { [self] in
            if let descriptor {
                watchEvents(descriptor)
            } else {
                poll()
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    private func addWatches(_ descriptor: Int32) {
        for folder in folders where FileSystem.isDirectory(folder) {
            Platform.watch(descriptor, folder: folder)
            var subfolders: [String] = []
            FileSystem.walk(folder) { relative, kind in if kind == .folder { subfolders.append(relative) } }
            for subfolder in subfolders { Platform.watch(descriptor, folder: folder + "/" + subfolder) }
        }
    }

    private func watchEvents(_ descriptor: Int32) {
        addWatches(descriptor)
        while Platform.waitForChange(descriptor) {
            Thread.sleep(forTimeInterval: settle)
            // Folders made since are watched too; adding a watch again is harmless.
            addWatches(descriptor)
            onChange()
        }
    }

    private func poll() {
        var last = stamps()
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            let now = stamps()
            if now != last {
                last = now
                onChange()
            }
        }
    }

    private func stamps() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in folders {
            for path in FileSystem.files(under: folder) { stamps[folder + "/" + path] = FileSystem.fileStamp(of: folder + "/" + path) }
        }
        return stamps
    }
}
