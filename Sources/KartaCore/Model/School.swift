/// `content/schools/<slug>.md`: one participating school.
public struct School: Sendable, Hashable {
    public var slug: String
    public var file: String
    public var name: String
    public var shortName: String
    public var municipality: String
    public var region: String
    public var website: String
    public var address: String
    public var director: String
    public var joined: Int?
    public var responsible: Person?
    public var curators: [Person]
    public var methodists: [Person]
    public var riskProfiles: [String]
    public var roadmaps: [Located<String>]
    public var documents: [SchoolDocument]
    /// The school's own targets, by roadmap, where they differ from the roadmap's.
    public var targets: [SchoolTargets]
    /// Markdown about the school's work.
    public var body: String

    public init(slug: String, file: String, name: String) {
        self.slug = slug
        self.file = file
        self.name = name
        self.shortName = ""
        self.municipality = ""
        self.region = ""
        self.website = ""
        self.address = ""
        self.director = ""
        self.curators = []
        self.methodists = []
        self.riskProfiles = []
        self.roadmaps = []
        self.documents = []
        self.targets = []
        self.body = ""
    }

    /// The short name where given, the full name otherwise.
    public var displayName: String { shortName.isEmpty ? name : shortName }
}
