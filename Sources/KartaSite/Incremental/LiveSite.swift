import KartaCore

/// What `karta serve` keeps in memory after a build without errors: the content decoded and
/// resolved (with its warnings), and each page job's fingerprint and content files. A change to
/// a few content files is then decoded, resolved, planned and rendered alone (`SiteBuilder.rebuild`).
struct LiveSite: Sendable {
    private(set) var loaded: LoadedContent
    private(set) var site: ResolvedSite
    /// The assets' fingerprint, and what every page is made from (`RenderPlan.shared`).
    let assets: Fingerprint
    let shared: Fingerprint
    let jobs: [PageJob]
    /// Pages (HTML) of the site.
    let pageCount: Int
    private var prints: [Fingerprint]
    private var dependencies: [[String]]
    /// The jobs made from each content file, except those made from every file.
    private var dependents: [String: [Int]] = [:]
    /// The job of each school's section, by the school's index: a school resolved again renders it.
    private let schoolJobs: [Int: Int]
    /// The jobs made from every file.
    private let everyFile: [Int]

    init(loaded: LoadedContent, site: ResolvedSite, assets: ThemeAssets, jobs: [PageJob], plan: RenderPlan) {
        self.loaded = loaded
        // The texts are kept only to print diagnostics; a failed build reads the file again.
        self.loaded.sources = [:]
        self.site = site
        self.assets = assets.fingerprint
        shared = plan.shared
        self.jobs = jobs
        pageCount = plan.pageCount
        prints = plan.prints
        dependencies = plan.dependencies
        var schoolJobs: [Int: Int] = [:]
        for (position, job) in jobs.enumerated() {
            if case .school(let school, _) = job { schoolJobs[school] = position }
            guard !job.dependsOnEveryFile else { continue }
            for file in plan.dependencies[position] { dependents[file, default: []].append(position) }
        }
        self.schoolJobs = schoolJobs
        everyFile = jobs.indices.filter { jobs[$0].dependsOnEveryFile }
    }

    /// Takes in a change: the new content and site, and the jobs whose pages it may change, with
    /// their new fingerprints — those made from a changed file, and the pages of the schools
    /// resolved again (a changed roadmap that now lists a school). Returns the jobs whose
    /// fingerprint changed: the pages to render.
    mutating func apply(_ change: ContentChange, site: ResolvedSite, schools: [Int]) -> [(
        job: PageJob, fingerprint: Fingerprint
    )] {
        loaded = change.loaded
        loaded.sources = [:]
        self.site = site
        var candidates = Set(everyFile)
        for file in change.files { candidates.formUnion(dependents[file] ?? []) }
        for school in schools { if let position = schoolJobs[school] { candidates.insert(position) } }
        let files = change.loaded.fingerprints, shared = shared, jobs = jobs, previous = dependencies
        let judged = candidates.sorted().parallelMap { position -> (Int, Fingerprint, [String]) in
            let job = jobs[position]
            let dependencies = job.dependsOnEveryFile ? previous[position] : job.dependencies(site)
            return (
                position,
                job.fingerprint(
                    outputs: job.outputs(site), dependencies: dependencies, files: files, updated: site.updated,
                    shared: shared),
                dependencies
            )
        }
        var stale: [(job: PageJob, fingerprint: Fingerprint)] = []
        for (position, fingerprint, files) in judged {
            if files != dependencies[position] {
                for file in dependencies[position] { dependents[file]?.removeAll { $0 == position } }
                for file in files { dependents[file, default: []].append(position) }
                dependencies[position] = files
            }
            guard fingerprint != prints[position] else { continue }
            prints[position] = fingerprint
            stale.append((jobs[position], fingerprint))
        }
        return stale
    }
}
