import Dispatch
import Foundation
import KartaCore

/// `karta build`: read → decode → resolve → render → write (→ pdf). Nothing is written when the
/// content or the assets have an error; pages are written as soon as they are rendered.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions, theme: any Theme) -> BuildResult {
        let lock = OutputLock.acquire(for: options)
        if case .failure(let busy) = lock { return BuildResult(problem: busy, at: options.output) }
        defer { withExtendedLifetime(lock) {} }
        var clock = PhaseClock()
        var state = BuildState(savedFor: options)
        let loading = clock.lap()
        var result = build(options, theme: theme, state: &state)
        _ = clock.lap()
        state.save(for: options)
        result.timings[.cache] = loading + clock.lap()
        return result
    }

    /// A build that starts from `state` (what the previous build decoded and wrote) and leaves
    /// its own there: the checks of the options, then the build `BuildMode` chooses.
    /// - Parameter changed: the paths a watcher saw change since the previous build of `state`
    ///   (`FolderWatcher`); nil when not known.
    public static func build(
        _ options: BuildOptions, theme: any Theme, state: inout BuildState,
        changed: Set<String>? = nil
    ) -> BuildResult {
        var clock = PhaseClock()
        if let overlap = options.overlap { return BuildResult(problem: overlap, at: options.output) }
        let assets = ThemeAssets.load(theme: theme, overrides: options.stylesFolder)
        switch BuildMode.choose(
            options: options, theme: theme, assets: assets, state: &state, changed: changed, clock: &clock)
        {
        case .done(let result): return result
        case .full(let sources, let attachments):
            return fullBuild(
                sources, attachments: attachments, assets: assets, theme: theme, options: options, state: &state,
                clock: &clock)
        }
    }

    /// decode → resolve → plan → render and write → pdf and its links → record, from the sources read.
    private static func fullBuild(
        _ sources: ContentSources, attachments: AttachmentScan?, assets: Result<ThemeAssets, Diagnostic>,
        theme: any Theme,
        options: BuildOptions, state: inout BuildState, clock: inout PhaseClock
    ) -> BuildResult {
        var result = BuildResult(diagnostics: Diagnostics())
        result.timings[.read] = clock.lap()
        var (loaded, site) = load(sources, attachments: attachments, options: options, into: &result, clock: &clock)
        site.meetingVersions = MeetingVersions.versions(for: site, content: options.content)
        state.decoded = loaded.decodeCache
        if case .failure(let problem) = assets { result.diagnostics.append(problem) }
        guard !result.diagnostics.hasErrors, case .success(let assets) = assets else { return result }
        state.live = nil
        let plan = RenderPlan(
            jobs: PageJob.all(for: site, docx: options.docx), site: site, loaded: loaded, assets: assets,
            previous: state.manifest, options: options, checkDisk: state.outputs == nil)
        result.timings[.plan] = clock.lap()
        guard
            var manifest = renderAndWrite(
                plan, site: site, theme: theme, assets: assets, options: options,
                state: &state, into: &result, clock: &clock)
        else {
            state.discardManifest()
            return result
        }
        if options.pdf {
            let sizes = printPDFs(PrintableDocument.all(in: site), options: options, into: &result)
            linkPDFs(
                sizes, plan: plan, site: site, theme: theme, assets: assets, options: options,
                manifest: &manifest, into: &result)
            result.timings[.pdf] = clock.lap()
        }
        manifest.inputs = BuildInputs.fingerprint(
            files: plan.files, updated: site.updated, attachments: site.attachments, assets: assets,
            options: options)
        manifest.clean = result.diagnostics.all.isEmpty
        state.record(manifest)
        if state.ownsOutput, !options.pdf {
            state.live = LiveSite(loaded: loaded, site: site, assets: assets, jobs: plan.jobs, plan: plan)
        }
        return result
    }

    /// The decode and resolve phases.
    private static func load(
        _ sources: ContentSources, attachments: AttachmentScan?, options: BuildOptions,
        into result: inout BuildResult, clock: inout PhaseClock
    ) -> (LoadedContent, ResolvedSite) {
        let load = SiteLoader.load(
            sources, asOf: options.asOf, today: options.today, attachments: attachments,
            timings: &result.timings, clock: &clock)
        result.loaded = load.loaded
        result.diagnostics = load.diagnostics
        return (load.loaded, load.site)
    }

    /// The render and write phases: the plan's stale pages, then assets and attachments, then the
    /// removal of stale files. The manifest of the pages now in the folder; nil when a write failed.
    private static func renderAndWrite(
        _ plan: RenderPlan, site: ResolvedSite, theme: any Theme, assets: ThemeAssets,
        options: BuildOptions, state: inout BuildState, into result: inout BuildResult,
        clock: inout PhaseClock
    ) -> BuildManifest? {
        let renderer = PageRenderer(site: site, theme: theme, fragmentCSS: assets.fragmentCSS, since: options.since)
        let extras = assets.files + copies(of: site.attachments, options: options)
        let pdfs = options.pdf ? PrintableDocument.all(in: site).map(\.pdf) : []
        let location = SourceLocation(file: options.output)
        let writer: SiteWriter
        do {
            writer = try SiteWriter(
                root: options.output, paths: plan.stale.flatMap { $0.job.outputs(site) } + extras.map(\.path))
        } catch {
            result.diagnostics.report(error, at: location)
            return nil
        }
        // Each page is written as soon as it is rendered; the time of this stretch is split between
        // the two phases in proportion to the thread time each took.
        let log = renderAndWrite(plan.stale.map(\.job), with: renderer, options: options, writer: writer)
        let span = clock.lap()
        result.timings[.render] = span * (1 - log.writeShare)
        let (pages, written, error) = log.result
        result.pages = plan.pageCount
        let renderedFiles = pages.reduce(0) { $0 + $1.count }
        var manifest = BuildManifest(entries: plan.kept)
        result.rendered = manifest.record(pages, of: plan.stale)
        let extrasWritten = error == nil ? writer.write(all: extras) : (written: [], error: nil)
        result.writtenPaths = (written + extrasWritten.written).sorted()
        result.write.written = result.writtenPaths.count
        do throws(OutputError) {
            if let error = error ?? extrasWritten.error { throw error }
            result.write.unchanged = renderedFiles + extras.count - result.write.written + plan.kept.count
            let keeping = Set(manifest.entries.keys).union(extras.map(\.path)).union(pdfs)
            manifest.others = keeping.subtracting(manifest.entries.keys).sorted()
            // What the previous build left, known from this process or from its manifest: files no
            // longer made are removed by difference, without a walk of the folder.
            result.write.removed = try writer.finish(
                keeping: keeping, previous: state.outputs ?? state.manifest.outputs)
            if state.ownsOutput { state.outputs = keeping }
        } catch {
            result.diagnostics.report(error, at: location)
            return nil
        }
        result.timings[.write] = span * log.writeShare + clock.lap()
        return manifest
    }

    /// The published files of `content/files/` (`Attachments`), copied as they are.
    static func copies(of attachments: [Attachment], options: BuildOptions) -> [OutputFile] {
        attachments.map {
            OutputFile(path: $0.path, bytes: FileSystem.bytes(FileSystem.folder(options.content) + "/" + $0.path))
        }
    }

    /// When nothing the build reads has changed since a build that reported no problem, checks
    /// that its pages are still there and copies assets and attachments, instead of rebuilding.
    /// - Parameter known: the output's files, when only this process writes there: pages are then
    ///   not checked on disk and the folder is not walked; assets and attachments are still compared.
    static func verifyUnchanged(
        _ previous: BuildManifest, fingerprints: [String: Fingerprint], updated: [String: LocalDate],
        attachments scan: AttachmentScan,
        options: BuildOptions, assets: ThemeAssets, known: Set<String>?, clock: inout PhaseClock
    ) -> BuildResult? {
        let attachments = scan.published
        guard !previous.inputs.isEmpty, scan.refused.all.isEmpty,
            BuildInputs.fingerprint(
                files: fingerprints, updated: updated, attachments: attachments,
                assets: assets, options: options) == previous.inputs,
            known != nil
                || previous.entries.allSatisfy({ FileSystem.size(of: options.output + "/" + $0.key) == $0.value.size })
        else { return nil }
        var result = BuildResult(diagnostics: Diagnostics())
        result.verifiedUnchanged = true
        result.timings[.read] = clock.lap()
        result.pages = previous.entries.keys.count(where: OutputFile.isPage)
        let extras = assets.files + copies(of: attachments, options: options)
        do {
            if known != nil {
                let (written, error) = try SiteWriter(root: options.output, paths: extras.map(\.path)).write(
                    all: extras)
                if error != nil { return nil }
                result.writtenPaths = written.sorted()
                result.write = WriteSummary(written: written.count, unchanged: extras.count - written.count)
            } else {
                result.write = try SiteWriter.write(extras, to: options.output, keeping: Set(previous.entries.keys))
            }
            result.write.unchanged += previous.entries.count
        } catch {
            return nil
        }
        result.timings[.write] = clock.lap()
        return result
    }

    /// Prints each document; returns the size of each PDF printed, by output path.
    private static func printPDFs(
        _ documents: [PrintableDocument], options: BuildOptions, into result: inout BuildResult
    ) -> [String: Int] {
        let location = SourceLocation(file: options.output)
        guard let printer = PDFPrinter.find() else {
            result.diagnostics.report(PDFError.chromiumMissing, at: location)
            return [:]
        }
        var sizes: [String: Int] = [:]
        for document in documents {
            do {
                try printer.print(html: options.output + "/" + document.html, to: options.output + "/" + document.pdf)
                result.pdfs += 1
                sizes[document.pdf] = FileSystem.size(of: options.output + "/" + document.pdf)
            } catch {
                result.diagnostics.report(error, at: location)
            }
        }
        return sizes
    }

    /// Renders again, now with their links, the pages that link a PDF — a roadmap's page, printable
    /// document and report, an order, the section of a school with its own roadmap — and writes
    /// those that changed. The
    /// links are on screen only, so the PDFs printed from the pages without them stay true.
    private static func linkPDFs(
        _ sizes: [String: Int], plan: RenderPlan, site: ResolvedSite, theme: any Theme, assets: ThemeAssets,
        options: BuildOptions, manifest: inout BuildManifest, into result: inout BuildResult
    ) {
        guard !sizes.isEmpty else { return }
        let linking = zip(plan.jobs, plan.prints).filter { job, _ in
            switch job {
            case .roadmap, .report, .order, .meeting: true
            // A school's section links the PDFs of its own roadmaps only: the others are not
            // rendered again (at 10,000 schools, most).
            case .school(let index, _): !site.ownRoadmaps(of: index).isEmpty
            case .index, .siteData, .roadmapData: false
            }
        }.map { (job: $0, fingerprint: $1) }
        let renderer = PageRenderer(
            site: site, theme: theme, fragmentCSS: assets.fragmentCSS, since: options.since, pdfSizes: sizes)
        do throws(OutputError) {
            let writer = try SiteWriter(root: options.output, paths: linking.flatMap { $0.job.outputs(site) })
            let log = renderAndWrite(linking.map(\.job), with: renderer, options: options, writer: writer)
            let (pages, written, error) = log.result
            if let error { throw error }
            _ = manifest.record(pages, of: linking)
            result.writtenPaths = Array(Set(result.writtenPaths).union(written)).sorted()
            result.write.written = result.writtenPaths.count
        } catch {
            result.diagnostics.report(error, at: SourceLocation(file: options.output))
        }
    }

    /// Renders the jobs on all cores and writes each job's pages as soon as they are rendered; after
    /// the first failed write, pages are still rendered but no longer written.
    static func renderAndWrite(
        _ jobs: [PageJob], with renderer: PageRenderer, options: BuildOptions,
        writer: SiteWriter
    ) -> PageLog {
        // Chunks of 16 keep the workers' overhead low on a full build; a rebuild of a few pages
        // takes one job per chunk, so that the heavy ones (the index, site.json) run side by side.
        let chunk = jobs.count < 256 ? 1 : 16
        let chunks = (jobs.count + chunk - 1) / chunk
        let done = Locked(0)
        let log = PageLog(jobs: jobs.count)
        let work: @Sendable (Int) -> Void = { c in
            var clock = PhaseClock()
            for index in (c * chunk)..<min(jobs.count, (c + 1) * chunk) {
                let files = renderer.render(jobs[index])
                let render = clock.lap()
                var written: [String] = []
                var failure: OutputError?
                if !log.failed {
                    do throws(OutputError) {
                        for file in files where try writer.write(file) { written.append(file.path) }
                    } catch {
                        failure = error
                    }
                }
                log.record(
                    job: index, pages: files.map { PageLog.Page(path: $0.path, size: $0.bytes.count) },
                    written: written, error: failure, render: render, write: clock.lap())
            }
            let finished = done.withLock { done in
                done += min(chunk, jobs.count - c * chunk)
                return done
            }
            options.progress?(finished, jobs.count)
        }
        if options.parallel {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        } else {
            (0..<chunks).forEach(work)
        }
        return log
    }
}
