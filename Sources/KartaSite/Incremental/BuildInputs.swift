import KartaCore

/// Everything a build reads, as one fingerprint: when it equals the previous build's and that
/// build was clean, the site is verified instead of rebuilt.
enum BuildInputs {
    /// - Parameters:
    ///   - files: the fingerprint of each content file's text, by path.
    ///   - attachments: the published files of `files/`; whether a link finds its file, and the size
    ///     it shows, depend on them.
    static func fingerprint(
        files: [String: Fingerprint], updated: [String: LocalDate], attachments: [Attachment], assets: ThemeAssets,
        options: BuildOptions
    ) -> String {
        fingerprint(
            files: files, updated: updated, attachments: attachments, assets: assets.fingerprint, options: options)
    }

    /// - Parameters:
    ///   - updated: when each file last changed: pages say it.
    ///   - assets: the fingerprint of the assets.
    static func fingerprint(
        files: [String: Fingerprint], updated: [String: LocalDate], attachments: [Attachment], assets: Fingerprint,
        options: BuildOptions
    ) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(KartaVersion.current)
        fingerprint.add(options.asOf?.iso ?? "-")
        fingerprint.add(options.since.map { "since \($0.commit) \($0.name)" } ?? "-")
        // Without a date in site.yml or --as-of, statuses are for today.
        fingerprint.add(options.today.iso)
        // With or without the orders' Word documents: another set of files and links.
        fingerprint.add(options.docx ? "docx" : "-")
        fingerprint.add(options.pdf ? "pdf" : "-")
        fingerprint.add(assets)
        for path in files.keys.sorted() {
            fingerprint.add(path)
            fingerprint.add(files[path]!)
            fingerprint.add(UInt64(bitPattern: Int64(updated[path]?.dayNumber ?? 0)))
        }
        fingerprint.add(attachments)
        return fingerprint.hex
    }
}
