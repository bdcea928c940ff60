import KartaCore

/// What to import and where.
public struct ImportOptions: Sendable {
    public var file: String
    /// The content folder to write into.
    public var into: String
    /// The roadmap's slug; by default made from the file name.
    public var slug: String?
    /// Overrides the period read from the document's title.
    public var period: Period?
    public var force: Bool

    public init(file: String, into: String = "content", slug: String? = nil, period: Period? = nil, force: Bool = false)
    {
        self.file = file
        self.into = into
        self.slug = slug
        self.period = period
        self.force = force
    }
}
