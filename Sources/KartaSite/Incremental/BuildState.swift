import KartaCore

/// What one build leaves for the next: the decoded content files (`DecodeCache`) and the pages it
/// wrote (`BuildManifest`). `karta build` keeps it on disk in `.karta-cache/`; `karta serve` keeps
/// it in memory between rebuilds, so a rebuild reads, decodes and renders only what changed.
public struct BuildState: Sendable {
    var decoded: DecodeCache
    var manifest: BuildManifest
    /// The manifest no longer describes the output (a write failed part of the way).
    var manifestDiscarded = false
    var manifestChanged = false
    /// Every file of the output after the last build of this process, when nothing else writes
    /// there meanwhile (`karta serve`): pages are then not checked on disk, and files are removed
    /// by difference instead of by a walk of the folder.
    var outputs: Set<String>?
    let ownsOutput: Bool
    /// The last build's content and pages in memory, after a build without errors, when
    /// only this process writes the output (`karta serve`).
    var live: LiveSite?

    /// Nothing known: the first build of `karta serve`, or a build without a cache.
    public init() {
        decoded = DecodeCache()
        manifest = BuildManifest()
        ownsOutput = false
    }

    /// The state the last `karta build` of these folders saved.
    /// - Parameter ownsOutput: only this process writes the output from now on (`karta serve`).
    public init(savedFor options: BuildOptions, ownsOutput: Bool = false) {
        decoded = DecodeCache.load(forContent: options.content)
        manifest = BuildManifest(forOutput: options.output)
        self.ownsOutput = ownsOutput
    }

    /// Decoded files kept.
    public var decodedFiles: Int { decoded.count }

    mutating func record(_ manifest: BuildManifest) {
        self.manifest = manifest
        manifestChanged = true
        manifestDiscarded = false
    }

    mutating func discardManifest() {
        manifest = BuildManifest()
        outputs = nil
        live = nil
        manifestDiscarded = true
    }

    /// Writes what changed into `.karta-cache/`; a cache that cannot be written only costs time next run.
    public mutating func save(for options: BuildOptions) {
        decoded.save(forContent: options.content)
        if manifestDiscarded {
            BuildManifest.discard(forOutput: options.output)
        } else if manifestChanged {
            // A rebuild in place leaves the fingerprint of everything read to be made here, once.
            if let live {
                manifest.inputs = BuildInputs.fingerprint(
                    files: live.loaded.fingerprints, updated: live.site.updated, attachments: live.site.attachments,
                    assets: live.assets, options: options)
            }
            manifest.save(forOutput: options.output)
        }
        manifestChanged = false
        manifestDiscarded = false
    }
}
