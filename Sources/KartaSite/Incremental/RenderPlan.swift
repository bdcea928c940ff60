import Foundation
import KartaCore

/// Which pages to render: a page whose fingerprint and file on disk match the previous build's
/// manifest is kept as it is.
struct RenderPlan {
    /// Jobs whose pages must be rendered (new, changed, or missing on disk), with the fingerprint of each.
    var stale: [(job: PageJob, fingerprint: String)] = []
    /// Outputs kept from the previous build, with their manifest entries.
    var kept: [String: BuildManifest.Entry] = [:]
    /// Pages (HTML) of the site, rendered or kept.
    var pageCount = 0
    /// The fingerprint of each content file's text, by path.
    let files: [String: Fingerprint]

    init(jobs: [PageJob], site: ResolvedSite, loaded: LoadedContent, assets: ThemeAssets,
         previous: BuildManifest, options: BuildOptions) {
        let files = loaded.sources.mapValues(Fingerprint.init(of:))
        self.files = files
        var shared = Fingerprint()
        shared.add(KartaVersion.current)
        shared.add(site.asOf.iso)
        shared.add(options.since.map { "since \($0.commit) \($0.name)" } ?? "-")
        shared.add(assets.fingerprint)
        for (path, fingerprint) in files where path.hasSuffix("/site.yml") { shared.add(fingerprint) }
        for job in jobs {
            let fingerprint = job.fingerprint(site, files: files, shared: shared).hex
            let outputs = job.outputs(site)
            pageCount += outputs.filter { $0.hasSuffix(".html") }.count
            let unchanged = outputs.allSatisfy { path in
                guard let entry = previous.entries[path], entry.fingerprint == fingerprint else { return false }
                return FileSystem.size(of: options.output + "/" + path) == entry.size
            }
            if unchanged {
                for path in outputs { kept[path] = previous.entries[path] }
            } else {
                stale.append((job, fingerprint))
            }
        }
    }
}
