import Foundation
import KartaCore

/// Calls back when files change under some folders, with the paths that changed: by inotify on
/// Linux, else by polling the stamps of their files every 100 ms. Bursts (an editor's temporary
/// file, then its rename) are gathered for `settle` seconds into one call.
final class FolderWatcher: Sendable {
    private let folders: [String]
    private let settle: Double
    private let onChange: @Sendable (Set<String>?) -> Void
    private let descriptor: Int32?

    /// - Parameters:
    ///   - folders: each watched with its subfolders (those made later too).
    ///   - onChange: the paths that changed (a watched folder as given, then the path inside it),
    ///     or nil when that is not known: the system dropped events, or a folder was made or moved
    ///     in (files may have been written in it before it was watched).
    init(folders: [String], settle: Double = 0.02, onChange: @escaping @Sendable (Set<String>?) -> Void) {
        self.folders = folders
        self.settle = settle
        self.onChange = onChange
        descriptor = Platform.startWatching()
    }

    /// Watches on a thread of its own, until the process ends.
    func start() {
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

    /// Watches `roots` and every folder under them; `watched` names the folder of each watch.
    private func addWatches(_ descriptor: Int32, under roots: [String], into watched: inout [Int32: String]) {
        for root in roots where FileSystem.isDirectory(root) {
            var subfolders: [String] = []
            FileSystem.walk(root) { relative, kind in if kind == .folder { subfolders.append(relative) } }
            for folder in [root] + subfolders.map({ root + "/" + $0 }) {
                if let watch = Platform.watch(descriptor, folder: folder) { watched[watch] = folder }
            }
        }
    }

    private func watchEvents(_ descriptor: Int32) {
        var watched: [Int32: String] = [:]
        addWatches(descriptor, under: folders, into: &watched)
        // The folders that hold the watched ones, by themselves: a watched folder removed and made
        // again (`rm -rf content; cp -r copy content`) is watched anew.
        // Each watched folder as given, by its absolute path (what a parent's event names).
        let roots = Dictionary(folders.map { (FileSystem.canonical($0), $0) }, uniquingKeysWith: { first, _ in first })
        var parents: [Int32: String] = [:]
        for parent in Set(roots.keys.map { FileSystem.parent(of: $0) }) {
            if let watch = Platform.watch(descriptor, folder: parent) { parents[watch] = parent }
        }
        while var events = Platform.readEvents(descriptor, wait: true) {
            Thread.sleep(forTimeInterval: settle)
            while let more = Platform.readEvents(descriptor, wait: false), !more.isEmpty { events += more }
            var changed: Set<String>? = []
            var relevant = false
            for event in events {
                if !event.overflowed, let parent = parents[event.watch] {
                    // Only a watched folder itself, made again, matters here.
                    let path = (parent == "/" ? "" : parent) + "/" + event.name
                    guard event.isNewFolder, let root = roots[path] else { continue }
                    addWatches(descriptor, under: [root], into: &watched)
                    changed = nil
                    relevant = true
                    continue
                }
                relevant = true
                guard !event.overflowed, let folder = watched[event.watch] else {
                    changed = nil
                    continue
                }
                let path = event.name.isEmpty ? folder : folder + "/" + event.name
                if event.isNewFolder {
                    addWatches(descriptor, under: [path], into: &watched)
                    changed = nil
                }
                changed?.insert(path)
            }
            if relevant { onChange(changed) }
        }
    }

    private func poll() {
        var last = stamps()
        while true {
            Thread.sleep(forTimeInterval: 0.1)
            let now = stamps()
            if now != last {
                onChange(Set(now.keys).union(last.keys).filter { now[$0] != last[$0] })
                last = now
            }
        }
    }

    private func stamps() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in folders {
            for path in FileSystem.files(under: folder) {
                stamps[folder + "/" + path] = FileSystem.fileStamp(of: folder + "/" + path)
            }
        }
        return stamps
    }
}
