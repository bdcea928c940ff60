import Foundation
import KartaCore
import KartaSite

/// The builds of one `karta serve`: the first, then one per change, each from the state the last
/// left in memory (decoded files, written pages), one at a time.
final class PreviewSession: Sendable {
    /// One rebuild, for the terminal line and the pages.
    struct Report: Sendable {
        var result: BuildResult
        /// Content files added, changed or removed since the last build, relative to the content folder.
        var changed: [String]
        var milliseconds: Int
    }

    let options: BuildOptions
    private let theme: any Theme
    private struct State {
        var build: BuildState
        var fingerprints: [String: Fingerprint] = [:]
    }
    private let state: Locked<State>

    init(options: BuildOptions, theme: any Theme) {
        self.options = options
        self.theme = theme
        state = Locked(State(build: BuildState(savedFor: options, ownsOutput: true)))
    }

    /// Builds now; callers serialize the calls.
    /// - Parameter changed: the paths that changed since the last build, when a watcher knows.
    func build(changed: Set<String>? = nil) -> Report {
        let start = DispatchTime.now()
        // Taken out of the lock's state meanwhile, so that the build changes it in place, not a copy.
        var (build, previous) = state.withLock { state in
            defer { state.build = BuildState() }
            return (state.build, state.fingerprints)
        }
        let result = SiteBuilder.build(options, theme: theme, state: &build, changed: changed)
        let fingerprints = result.loaded?.fingerprints ?? previous
        let root = FileSystem.folder(options.content) + "/"
        let changed =
            (result.changedFiles
            ?? Set(fingerprints.keys).union(previous.keys).filter { fingerprints[$0] != previous[$0] })
            .map { $0.hasPrefix(root) ? String($0.dropFirst(root.count)) : $0 }
            .sorted()
        state.withLock { state in
            state.build = build
            if result.loaded != nil { state.fingerprints = fingerprints }
        }
        let milliseconds = Int((DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1_000_000)
        return Report(result: result, changed: previous.isEmpty ? [] : changed, milliseconds: milliseconds)
    }

    /// Saves the state for the next `karta build` or `karta serve`.
    func save() {
        state.withLock { $0.build.save(for: options) }
    }
}
