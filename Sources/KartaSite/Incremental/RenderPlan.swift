import Foundation
import KartaCore

/// Which pages to render: a page whose fingerprint and file on disk match the previous build's
/// manifest is kept as it is.
struct RenderPlan {
    /// Jobs whose pages must be rendered (new, changed, or missing on disk), with the fingerprint of each.
    var stale: [(job: PageJob, fingerprint: Fingerprint)] = []
    /// Outputs kept from the previous build, with their manifest entries.
    var kept: [String: BuildManifest.Entry] = [:]
    /// Pages (HTML) of the site, rendered or kept.
    var pageCount = 0
    /// The fingerprint of each content file's text, by path.
    let files: [String: Fingerprint]
    /// What every page is made from (`shared`).
    let shared: Fingerprint
    let jobs: [PageJob]
    /// Each job's fingerprint and dependencies, in the order of the jobs.
    var prints: [Fingerprint] = []
    var dependencies: [[String]] = []

    init(
        jobs: [PageJob], site: ResolvedSite, loaded: LoadedContent, assets: ThemeAssets,
        previous: BuildManifest, options: BuildOptions, checkDisk: Bool = true
    ) {
        let files = loaded.fingerprints
        self.files = files
        self.jobs = jobs
        let shared = Self.shared(site: site, files: files, assets: assets, options: options)
        self.shared = shared
        // On all cores: each job's fingerprint and a stat of each of its files.
        let judged = jobs.parallelMap {
            job -> (fingerprint: Fingerprint, outputs: [String], dependencies: [String], unchanged: Bool) in
            let outputs = job.outputs(site), dependencies = job.dependencies(site)
            let fingerprint = job.fingerprint(
                outputs: outputs, dependencies: dependencies, files: files, updated: site.updated, shared: shared)
            let unchanged = outputs.allSatisfy { path in
                guard let entry = previous.entries[path], entry.fingerprint == fingerprint else { return false }
                return !checkDisk || FileSystem.size(of: options.output + "/" + path) == entry.size
            }
            return (fingerprint, outputs, dependencies, unchanged)
        }
        prints = judged.map(\.fingerprint)
        dependencies = judged.map(\.dependencies)
        for (job, judgement) in zip(jobs, judged) {
            pageCount += judgement.outputs.count(where: OutputFile.isPage)
            if judgement.unchanged {
                for path in judgement.outputs { kept[path] = previous.entries[path] }
            } else {
                stale.append((job, judgement.fingerprint))
            }
        }
    }

    /// What every page is made from: karta, the date, `--since`, the assets, site.yml and the
    /// attachments' sizes.
    static func shared(
        site: ResolvedSite, files: [String: Fingerprint], assets: ThemeAssets,
        options: BuildOptions
    ) -> Fingerprint {
        var shared = Fingerprint()
        shared.add(KartaVersion.current)
        shared.add(site.asOf.iso)
        shared.add(options.since.map { "since \($0.commit) \($0.name)" } ?? "-")
        for slug in site.meetingVersions.keys.sorted() {
            let (previous, own) = site.meetingVersions[slug]!
            shared.add("meeting \(slug) \(previous.commit) \(own?.commit ?? "-")")
        }
        shared.add(assets.fingerprint)
        // With --docx the school sections link their roadmaps' documents.
        shared.add(options.docx ? "docx" : "-")
        // With --pdf the pages that link a PDF are rendered again once it is printed.
        shared.add(options.pdf ? "pdf" : "-")
        for (path, fingerprint) in files where path.hasSuffix("/site.yml") { shared.add(fingerprint) }
        // A link to a file shows its size: a file replaced renders the pages again (rarely, and
        // simpler than knowing which pages link which file).
        shared.add(site.attachments)
        return shared
    }
}
