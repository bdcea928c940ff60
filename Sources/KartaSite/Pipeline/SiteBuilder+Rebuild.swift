import KartaCore

extension SiteBuilder {
    /// A rebuild in place, for `karta serve`: when the last build had no error and a few content
    /// files changed (none added or removed, site.yml, the assets and the attachments as they
    /// were), only those files are decoded, only what links to them is resolved again, and only
    /// the pages made from them are fingerprinted and rendered — the pages of the changed files
    /// first, then those made from every file (`BuildOptions.pagesWritten` comes in between).
    /// Nil when the change is of another kind, or a check finds an error: the caller then builds
    /// in full, which also reports every problem. The pages and the diagnostics are those a full
    /// build would give.
    static func rebuild(
        _ live: inout LiveSite, sources: ContentSources, assets: ThemeAssets, theme: any Theme,
        options: BuildOptions, state: inout BuildState, clock: inout PhaseClock
    ) -> BuildResult? {
        var result = BuildResult(diagnostics: Diagnostics())
        result.timings[.read] = clock.lap()
        guard !options.pdf, assets.fingerprint == live.assets,
            let change = ContentLoader.update(live.loaded, with: sources)
        else { return nil }
        result.timings[.decode] = clock.lap()
        let scan = AttachmentScan(contentDirectory: change.loaded.root), attachments = scan.published
        let asOf = change.loaded.content.site.statusDate(asked: options.asOf, today: options.today)
        guard
            case (var site, let schools)? = SiteResolver.update(
                live.site, with: change, asOf: asOf, attachments: scan,
                contentDirectory: change.loaded.root)
        else { return nil }
        site.updated = change.loaded.dates.byFile
        // Meetings are never rebuilt in place (their files change the whole site): the versions stand.
        site.meetingVersions = live.site.meetingVersions
        result.timings[.resolve] = clock.lap()
        result.diagnostics = Diagnostics(
            change.loaded.diagnostics.all + site.diagnostics.all + SiteLoader.dateWarnings(change.loaded, site))
        state.manifest.clean = result.diagnostics.all.isEmpty
        result.loaded = change.loaded
        result.changedFiles = change.files
        state.decoded = change.loaded.decodeCache
        let stale = live.apply(change, site: site, schools: schools)
        result.timings[.plan] = clock.lap()
        result.pages = live.pageCount

        let renderer = PageRenderer(site: site, theme: theme, fragmentCSS: assets.fragmentCSS, since: options.since)
        let extras = assets.files + copies(of: attachments, options: options)
        do throws(OutputError) {
            let writer = try SiteWriter(root: options.output, paths: stale.flatMap { $0.job.outputs(site) })
            var written: [String] = [], files = 0, writeSeconds = 0.0
            let waves = [stale.filter { !$0.job.dependsOnEveryFile }, stale.filter { $0.job.dependsOnEveryFile }]
            for (number, wave) in waves.enumerated() where !wave.isEmpty {
                let log = renderAndWrite(wave.map(\.job), with: renderer, options: options, writer: writer)
                let span = clock.lap()
                writeSeconds += span * log.writeShare
                result.timings[.render] += span * (1 - log.writeShare)
                let (pages, wrote, error) = log.result
                if let error { throw error }
                result.rendered += state.manifest.record(pages, of: wave)
                files += pages.reduce(0) { $0 + $1.count }
                written += wrote
                if number == 0 { options.pagesWritten?(wrote) }
            }
            let (extrasWritten, error) = writer.write(all: extras)
            if let error { throw error }
            result.writtenPaths = (written + extrasWritten).sorted()
            result.write.written = result.writtenPaths.count
            result.write.unchanged = state.manifest.entries.count + extras.count - result.write.written
            result.timings[.write] = writeSeconds + clock.lap()
        } catch {
            result.diagnostics.report(error, at: SourceLocation(file: options.output))
            state.discardManifest()
            return result
        }
        state.record(state.manifest)
        return result
    }
}
