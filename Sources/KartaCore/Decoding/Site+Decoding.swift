extension Site {
    static let keys = ["title", "organization", "region", "municipality", "as_of", "coordinator", "base_url"]

    /// Decodes `site.yml`; returns a site with whatever fields could be read.
    public static func decode(_ document: Document) -> (Site, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        var site = Site()
        if let reader = decoder.root(keys: keys) {
            site.title = reader.requiredString("title") ?? ""
            site.organization = reader.string("organization") ?? ""
            site.region = reader.string("region") ?? ""
            site.municipality = reader.string("municipality") ?? ""
            site.asOf = reader.date("as_of")
            site.coordinator = reader.mapping("coordinator", knownKeys: Person.keys).flatMap(Person.init)
            if let url = reader.string("base_url") {
                let lower = url.lowercased()
                if (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !url.unicodeScalars.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" || $0.value < 0x20 || $0.value == 0x7F }) {
                    site.baseURL = url.hasSuffix("/") ? url : url + "/"
                } else {
                    reader.context.report(.invalidBaseURL(url), at: reader.value("base_url")!)
                }
            }
        }
        return (site, decoder.context.diagnostics)
    }
}
