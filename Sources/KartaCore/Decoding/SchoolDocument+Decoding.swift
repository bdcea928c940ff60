extension SchoolDocument {
    init?(_ reader: MappingReader) {
        let kind = reader.choice("kind", as: SchoolDocumentKind.self) ?? .other
        let title = reader.requiredString("title")
        let href = reader.requiredString("href")
        guard let title, let href else { return nil }
        self.init(kind: kind, title: title, href: href, date: reader.date("date"),
                  riskProfile: reader.string("risk_profile"), location: reader.location("href"))
        signed = reader.locatedString("signed")
    }
}
