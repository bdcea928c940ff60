import KartaCore

/// The outcome of a build: diagnostics (with sources for printing), what was written, timings.
public struct BuildResult: Sendable {
    public var loaded: LoadedContent?
    public var diagnostics: Diagnostics
    /// Pages of the site.
    public var pages = 0
    /// Pages rendered in this build; the others were unchanged since the previous one.
    public var rendered = 0
    public var write = WriteSummary()
    /// The files this build wrote (changed or new), sorted: what a preview must reload.
    public var writtenPaths: [String] = []
    /// The content files whose text changed since the previous build, by the path used in
    /// diagnostics, sorted; set by a rebuild in place (`SiteBuilder.rebuild`), which knows them.
    public var changedFiles: [String]?
    /// Nothing had changed since a build without problems: pages were checked, not rebuilt.
    public var verifiedUnchanged = false
    /// PDFs printed by `--pdf`.
    public var pdfs = 0
    /// Seconds per phase of the pipeline (`Phase`); render and write overlap on the workers, so
    /// their thread time is split in the proportion the workers measured.
    public var timings = PhaseTimings()

    public var succeeded: Bool { !diagnostics.hasErrors }

    /// Files of the output folder were written or removed, even when the build then failed (a
    /// write that failed part of the way, PDFs that could not be printed).
    public var outputChanged: Bool { write.written > 0 || write.removed > 0 }

    public init(diagnostics: Diagnostics) {
        self.diagnostics = diagnostics
    }

    /// A build stopped before it began by one problem at a place (`karta build` of a folder
    /// another karta holds, an output inside the content).
    init(problem: some DiagnosticMessage, at path: String) {
        self.init(diagnostics: Diagnostics())
        diagnostics.report(problem, at: SourceLocation(file: path))
    }

    /// All diagnostics with source excerpts, sorted by location.
    public func formattedDiagnostics() -> String {
        loaded?.format(diagnostics) ?? DiagnosticFormatter(sources: [:]).format(diagnostics.sorted)
    }

    /// «Страниц: N, записано: W, без изменений: U, удалено: D, 0,84 с».
    public func summary(seconds: Double) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let time = "\(hundredths / 100),\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
        let pdf = pdfs > 0 ? ", PDF: \(pdfs)" : ""
        return
            "Страниц: \(pages), записано: \(write.written), без изменений: \(write.unchanged), удалено: \(write.removed)\(pdf), \(time) с"
    }
}
