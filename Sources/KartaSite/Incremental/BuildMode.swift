import KartaCore

/// Which build a run does, chosen from what the previous build of the folder left (`BuildState`):
/// the few changed files rebuilt in place (`karta serve`, `SiteBuilder.rebuild`), the pages only
/// verified when nothing read changed since a clean build (`SiteBuilder.verifyUnchanged`), or a
/// full build from the sources read.
enum BuildMode {
    /// Rebuilt in place or verified: the build is done.
    case done(BuildResult)
    /// Build in full from these sources (read once, whichever way was tried first), with the scan
    /// of the attachments when the check for no change made one.
    case full(ContentSources, AttachmentScan?)

    static func choose(
        options: BuildOptions, theme: any Theme, assets: Result<ThemeAssets, Diagnostic>,
        state: inout BuildState, changed: Set<String>?, clock: inout PhaseClock
    ) -> BuildMode {
        var read: ContentSources?
        if var live = state.live, case .success(let assets) = assets {
            // Kept out of the state meanwhile, so that its arrays are changed in place, not copied.
            state.live = nil
            let sources =
                changed.flatMap { ContentLoader.read(changed: $0, previous: live.loaded) }
                ?? ContentLoader.read(from: options.content, cache: state.decoded)
            if let result = SiteBuilder.rebuild(
                &live, sources: sources, assets: assets, theme: theme, options: options,
                state: &state, clock: &clock)
            {
                if result.succeeded { state.live = live }
                return .done(result)
            }
            if !sources.partial { read = sources }
        }
        let sources = read ?? ContentLoader.read(from: options.content, cache: state.decoded)
        // Nothing read changed since a clean build: only verify its pages. `karta serve` builds
        // instead, to keep the content in memory for its rebuilds (`LiveSite`).
        guard !options.pdf, !state.ownsOutput, state.manifest.clean, sources.complete,
            case .success(let assets) = assets
        else {
            return .full(sources, nil)
        }
        let scan = AttachmentScan(contentDirectory: FileSystem.folder(options.content))
        if let verified = SiteBuilder.verifyUnchanged(
            state.manifest, fingerprints: sources.fingerprints, updated: sources.dates.byFile, attachments: scan,
            options: options, assets: assets, known: state.outputs, clock: &clock)
        {
            return .done(verified)
        }
        return .full(sources, scan)
    }
}
