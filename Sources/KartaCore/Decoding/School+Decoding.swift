extension School {
    enum Field: String, FrontMatterKey {
        case name
        case shortName = "short_name"
        case municipality
        case region
        case website
        case address
        case director
        case joined
        case responsible
        case curators
        case methodists
        case riskProfiles = "risk_profiles"
        case roadmaps
        case documents
        case targets
        case slug
    }

    public static func decode(_ document: Document) -> (School?, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        let reader = decoder.root(Field.self)
        let slug = decoder.slug(reader)
        guard let reader else { return (nil, decoder.context.diagnostics) }
        var school = School(slug: slug, file: document.path, name: reader.requiredString(.name) ?? slug)
        school.shortName = reader.string(.shortName) ?? ""
        school.municipality = reader.string(.municipality) ?? ""
        school.region = reader.string(.region) ?? ""
        school.website = reader.string(.website) ?? ""
        school.address = reader.string(.address) ?? ""
        school.director = reader.string(.director) ?? ""
        school.joined = reader.int(.joined)
        if let joined = school.joined, !Limits.years.contains(joined) {
            reader.context.report(
                .dateOutOfRange(field: reader.fieldName(.joined), text: String(joined)), at: reader.value(.joined)!)
            school.joined = nil
        }
        school.responsible = reader.mapping(.responsible, as: Person.Field.self).flatMap(Person.init)
        school.curators = reader.mappings(.curators, as: Person.Field.self).compactMap(Person.init)
        school.methodists = reader.mappings(.methodists, as: Person.Field.self).compactMap(Person.init)
        school.riskProfiles = reader.strings(.riskProfiles)
        school.roadmaps = reader.located(.roadmaps)
        school.documents = reader.mappings(.documents, as: SchoolDocument.Field.self).compactMap(SchoolDocument.init)
        school.targets = SchoolTargets.decode(
            reader.value(.targets), field: reader.fieldName(.targets), context: reader.context)
        school.body = document.body
        return (school, decoder.context.diagnostics)
    }
}
