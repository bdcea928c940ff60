extension School {
    static let keys = ["name", "short_name", "municipality", "region", "website", "address",
                       "director", "joined", "responsible", "curators", "methodists",
                       "risk_profiles", "roadmaps", "documents"]
    static let documentKeys = ["kind", "title", "href", "date", "risk_profile", "signed"]

    public static func decode(_ document: Document) -> (School?, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        let reader = decoder.root(keys: keys)
        let slug = decoder.slug(reader)
        guard let reader else { return (nil, decoder.context.diagnostics) }
        var school = School(slug: slug, file: document.path, name: reader.requiredString("name") ?? slug)
        school.shortName = reader.string("short_name") ?? ""
        school.municipality = reader.string("municipality") ?? ""
        school.region = reader.string("region") ?? ""
        school.website = reader.string("website") ?? ""
        school.address = reader.string("address") ?? ""
        school.director = reader.string("director") ?? ""
        school.joined = reader.int("joined")
        if let joined = school.joined, !Limits.years.contains(joined) {
            reader.context.report(.dateOutOfRange(field: "joined", text: String(joined)), at: reader.value("joined")!)
            school.joined = nil
        }
        school.responsible = reader.mapping("responsible", knownKeys: Person.keys).flatMap(Person.init)
        school.curators = reader.mappings("curators", knownKeys: Person.keys).compactMap(Person.init)
        school.methodists = reader.mappings("methodists", knownKeys: Person.keys).compactMap(Person.init)
        school.riskProfiles = reader.strings("risk_profiles")
        school.roadmaps = reader.located("roadmaps")
        school.documents = reader.mappings("documents", knownKeys: documentKeys).compactMap(SchoolDocument.init)
        school.body = document.body
        return (school, decoder.context.diagnostics)
    }
}
