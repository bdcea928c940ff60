/// The decode phase's value: the model, every diagnostic so far, and the source texts.
public struct LoadedContent: Sendable {
    public var content: Content
    /// The content folder as given, without a trailing «/».
    public var root: String
    public var diagnostics = Diagnostics()
    /// Decoded text of each file read in this run, by the path used in diagnostics, for printing
    /// source lines (files taken from the decode cache are not read).
    public var sources: [String: String] = [:]
    public var fileCount = 0
    /// The fingerprint of every file's text, by the same paths, including files taken from the cache.
    public var fingerprints: [String: Fingerprint] = [:]
    /// When each file last changed, as the read found (`ContentSources.dates`).
    public var dates = ContentDates()
    /// The files decoded without a problem, for the next run.
    public var decodeCache = DecodeCache()
    /// The read left out entries it could not take (a `.MD` file, a subfolder) and warned: those
    /// warnings are the folder's, not a file's, so a change is not taken in place
    /// (`ContentLoader.update`).
    var leftOutEntries = false

    public init(content: Content, root: String) {
        self.content = content
        self.root = root
    }

    /// Formats every diagnostic, sorted by location, with source excerpts.
    public func formattedDiagnostics() -> String {
        format(diagnostics)
    }

    /// Formats diagnostics, sorted by location, with source excerpts. A file taken from the decode
    /// cache was not read; its text is read now if a diagnostic (of resolve) points into it.
    public func format(_ diagnostics: Diagnostics) -> String {
        let sorted = diagnostics.sorted
        var texts = sources
        for location in sorted.flatMap({ [$0.location] + $0.notes.map(\.location) }) where texts[location.file] == nil {
            if fingerprints[location.file] != nil, case .success(let text) = FileSystem.text(location.file) {
                texts[location.file] = text
            }
        }
        return DiagnosticFormatter(sources: texts).format(sorted)
    }

}
