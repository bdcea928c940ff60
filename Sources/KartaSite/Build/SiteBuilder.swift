import Dispatch
import Foundation
import KartaCore

/// load → decode → resolve → render → write. Nothing is written when any error was found.
public enum SiteBuilder {
    public static func build(_ options: BuildOptions) -> BuildResult {
        var clock = PhaseClock()
        let templates = TemplateSet.load(from: options.templates)
        // A clean previous build: read the content once here; if it did not change, only verify.
        let previous = BuildManifest(forOutput: options.output)
        let sources = !options.pdf && previous.clean ? ContentLoader.sourceTexts(from: options.content) : nil
        if let sources, case .success(let templates) = templates,
           let verified = verifyUnchanged(previous, sources: sources, options: options, templates: templates, clock: &clock) {
            return verified
        }
        // Reading the templates (and the check above) counts as loading.
        let templateSeconds = clock.lap()
        let loaded = ContentLoader.load(from: options.content, texts: sources ?? [:])
        _ = clock.lap()
        var diagnostics = loaded.diagnostics
        if case .failure(let templateDiagnostics) = templates { diagnostics.append(contentsOf: templateDiagnostics.all) }
        var result = BuildResult(diagnostics: diagnostics)
        result.loaded = loaded
        result.timings = loaded.timings.map { $0.phase == "load" ? ($0.phase, $0.seconds + templateSeconds) : $0 }
        guard !diagnostics.hasErrors, case .success(let templates) = templates else { return result }

        let asOf = options.asOf ?? loaded.content.site.asOf ?? options.today
        let snapshot = SiteSnapshot(content: loaded.content, asOf: asOf)
        let plan = RenderPlan(jobs: PageJob.all(for: snapshot), snapshot: snapshot, loaded: loaded,
                              templates: templates, previous: previous, options: options)
        let rendered = render(plan.render.map(\.job), snapshot: snapshot, templates: templates, options: options)
        result.pages = plan.pageCount
        result.rendered = rendered.reduce(0) { $0 + $1.count }
        result.timings.append(("render", clock.lap()))

        var manifest = BuildManifest(entries: plan.kept)
        for ((_, fingerprint), files) in zip(plan.render, rendered) {
            for file in files { manifest.entries[file.path] = .init(fingerprint: fingerprint, size: file.bytes.count) }
        }

        let attachments = attachments(options)
        let printable = options.pdf ? PrintableDocument.all(in: loaded.content) : []
        do {
            result.write = try SiteWriter.write(rendered.flatMap { $0 } + templates.assets + attachments, to: options.output,
                                                keeping: Set(printable.map(\.pdf)).union(plan.kept.keys))
            result.write.unchanged += plan.kept.count
            manifest.inputs = BuildInputs.fingerprint(files: plan.files, templates: templates, options: options)
            manifest.clean = result.diagnostics.all.isEmpty
            manifest.save(forOutput: options.output)
        } catch {
            result.diagnostics.report(error, at: SourceLocation(file: options.output, line: 1, column: 1))
            return result
        }
        result.timings.append(("write", clock.lap()))
        if options.pdf {
            printPDFs(printable, options: options, into: &result)
            result.timings.append(("pdf", clock.lap()))
        }
        return result
    }

    /// Files under `content/files/`, copied as they are.
    private static func attachments(_ options: BuildOptions) -> [OutputFile] {
        FileLister.files(under: options.content + "/files").map { relative in
            OutputFile(path: "files/\(relative)", bytes: FileLister.bytes(options.content + "/files/" + relative))
        }
    }

    /// When nothing the build reads has changed since a build that reported no problem, checks
    /// that its pages are still there and copies assets and attachments, instead of rebuilding.
    private static func verifyUnchanged(_ previous: BuildManifest, sources: [String: String], options: BuildOptions,
                                         templates: TemplateSet, clock: inout PhaseClock) -> BuildResult? {
        guard !previous.inputs.isEmpty,
              BuildInputs.fingerprint(files: sources.mapValues(Fingerprint.init(of:)), templates: templates,
                                      options: options) == previous.inputs,
              previous.entries.allSatisfy({ RenderPlan.size(of: options.output + "/" + $0.key) == $0.value.size })
        else { return nil }
        var result = BuildResult(diagnostics: Diagnostics())
        result.verifiedUnchanged = true
        result.timings = [("load", clock.lap()), ("decode", 0), ("resolve", 0), ("render", 0)]
        result.pages = previous.entries.count
        let attachments = attachments(options)
        do {
            result.write = try SiteWriter.write(templates.assets + attachments, to: options.output, keeping: Set(previous.entries.keys))
            result.write.unchanged += previous.entries.count
        } catch {
            return nil
        }
        result.timings.append(("write", clock.lap()))
        return result
    }

    private static func printPDFs(_ documents: [PrintableDocument], options: BuildOptions, into result: inout BuildResult) {
        let location = SourceLocation(file: options.output, line: 1, column: 1)
        guard let printer = PDFPrinter.find() else {
            result.diagnostics.report(PDFError.chromiumMissing, at: location)
            return
        }
        for document in documents {
            do {
                try printer.print(html: options.output + "/" + document.html, to: options.output + "/" + document.pdf)
                result.pdfs += 1
            } catch {
                result.diagnostics.report(error, at: location)
            }
        }
    }

    /// The files of each job, in the order of `jobs`.
    static func render(_ jobs: [PageJob], snapshot: SiteSnapshot, templates: TemplateSet, options: BuildOptions) -> [[OutputFile]] {
        let slots = UnsafeMutableBufferPointer<[OutputFile]>.allocate(capacity: jobs.count)
        slots.initialize(repeating: [])
        defer { slots.deallocate() }
        nonisolated(unsafe) let shared = slots
        let chunk = 16
        let chunks = (jobs.count + chunk - 1) / chunk
        let counter = Counter()
        let partials = PartialRenderer(templates: templates)
        let work: @Sendable (Int) -> Void = { c in
            for index in (c * chunk)..<min(jobs.count, (c + 1) * chunk) {
                shared[index] = jobs[index].render(snapshot, partials: partials)
            }
            let done = counter.add(min(chunk, jobs.count - c * chunk))
            options.progress?(done, jobs.count)
        }
        if options.parallel {
            DispatchQueue.concurrentPerform(iterations: chunks, execute: work)
        } else {
            (0..<chunks).forEach(work)
        }
        return Array(slots)
    }
}
