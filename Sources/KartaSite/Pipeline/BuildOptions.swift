import KartaCore

/// Where to read and write, and for which date.
public struct BuildOptions: Sendable {
    public var content: String
    /// A templates folder whose `assets/` override the theme's styles; nil for `Templates/`
    /// beside the content folder when there is one (`ThemeAssets.overrides`).
    public var templates: String?
    public var output: String
    /// Overrides `as_of` of site.yml.
    public var asOf: LocalDate?
    /// Used when neither `asOf` nor site.yml gives a date.
    public var today: LocalDate
    /// Render pages on all cores (the output is the same either way).
    public var parallel: Bool
    /// Also print orders and reports to PDF with Chromium.
    public var pdf: Bool = false
    /// Also write each order with its appendices as a Word document (`orders/<slug>/order.docx`).
    public var docx: Bool = false
    /// `--since`: each report adds what changed since this version.
    public var since: EarlierVersion?
    /// Called, in a rebuild of a few pages, once the pages of the changed files are written and
    /// before the pages made from every file (the index, the site data), with the files written
    /// so far: `karta serve` reloads those pages at once.
    public var pagesWritten: (@Sendable ([String]) -> Void)?
    /// Called from worker threads with (rendered, total).
    public var progress: (@Sendable (Int, Int) -> Void)?

    /// The output folder inside the content folder (`--output content/files/site`) would copy the
    /// site into itself on every build; the content inside the output would be removed as stale.
    var overlap: OutputError? {
        let output = FileSystem.canonical(output), content = FileSystem.canonical(content)
        guard output == content || output.hasPrefix(content + "/") || content.hasPrefix(output + "/") else {
            return nil
        }
        return .outputInsideContent(output: self.output, content: self.content)
    }

    /// The templates folder this build takes its styles from, if any.
    public var stylesFolder: String? { ThemeAssets.overrides(templates: templates, content: content) }

    public init(
        content: String = "content", templates: String? = nil, output: String = "output",
        asOf: LocalDate? = nil, today: LocalDate, parallel: Bool = true,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) {
        self.content = content
        self.templates = templates
        self.output = output
        self.asOf = asOf
        self.today = today
        self.parallel = parallel
        self.progress = progress
    }
}
