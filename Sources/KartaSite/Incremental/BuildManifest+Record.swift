import KartaCore

extension BuildManifest {
    /// Records the files each stale job rendered under the job's fingerprint, as full builds and
    /// rebuilds in place both do; returns how many of them are pages.
    mutating func record(_ pages: [[PageLog.Page]], of stale: [(job: PageJob, fingerprint: Fingerprint)]) -> Int {
        var count = 0
        for ((_, fingerprint), files) in zip(stale, pages) {
            for file in files {
                entries[file.path] = Entry(fingerprint: fingerprint, size: file.size)
                if OutputFile.isPage(file.path) { count += 1 }
            }
        }
        return count
    }
}
