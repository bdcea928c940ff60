extension Site {
    enum Field: String, FrontMatterKey {
        case title
        case organization
        case region
        case municipality
        case asOf = "as_of"
        case coordinator
        case baseURL = "base_url"
        case staleAfterDays = "stale_after_days"
        case slug
    }

    /// Decodes `site.yml`; returns a site with whatever fields could be read.
    public static func decode(_ document: Document) -> (Site, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        var site = Site()
        if let reader = decoder.root(Field.self) {
            site.title = reader.requiredString(.title) ?? ""
            site.organization = reader.string(.organization) ?? ""
            site.region = reader.string(.region) ?? ""
            site.municipality = reader.string(.municipality) ?? ""
            site.asOf = reader.date(.asOf)
            site.coordinator = reader.mapping(.coordinator, as: Person.Field.self).flatMap(Person.init)
            if let url = reader.string(.baseURL) {
                let lower = url.lowercased()
                if (lower.hasPrefix("https://") || lower.hasPrefix("http://"))
                    && !url.unicodeScalars.contains(where: {
                        $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0.value < 0x20 || $0.value == 0x7F
                    })
                {
                    site.baseURL = url.hasSuffix("/") ? url : url + "/"
                } else {
                    reader.context.report(.invalidBaseURL(url), at: reader.value(.baseURL)!)
                }
            }
            if let days = reader.int(.staleAfterDays) {
                if (1...3650).contains(days) {
                    site.staleAfterDays = days
                } else {
                    reader.context.report(
                        .invalidValue(
                            field: "stale_after_days", value: String(days), allowed: ["число дней от 1 до 3650"]),
                        at: reader.value(.staleAfterDays)!)
                }
            }
        }
        return (site, decoder.context.diagnostics)
    }
}
