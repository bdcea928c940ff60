extension Order {
    static let keys = ["issuer", "short_issuer", "kind", "number", "date", "place", "title", "signatory",
                       "prepared_by", "signed", "appendices"]
    static let appendixKeys = ["roadmap", "assignments", "schools", "file", "title"]

    public static func decode(_ document: Document) -> (Order?, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        let reader = decoder.root(keys: keys)
        let slug = decoder.slug(reader)
        guard let reader else { return (nil, decoder.context.diagnostics) }
        var order = Order(slug: slug, file: document.path, title: reader.requiredString("title") ?? "")
        order.issuer = reader.lines("issuer")
        order.shortIssuer = reader.string("short_issuer") ?? ""
        order.kind = reader.string("kind") ?? "ПРИКАЗ"
        order.number = reader.requiredString("number") ?? ""
        order.date = reader.value("date") == nil
            ? { reader.context.report(.missingField("date"), at: reader.node); return nil }()
            : reader.date("date")
        order.place = reader.string("place") ?? ""
        order.signatory = reader.mapping("signatory", knownKeys: Person.keys).flatMap(Person.init)
        order.preparedBy = reader.string("prepared_by") ?? ""
        order.signed = reader.locatedString("signed")
        order.appendices = reader.mappings("appendices", knownKeys: appendixKeys).compactMap(Appendix.init)
        order.body = document.body
        return (order, decoder.context.diagnostics)
    }
}
