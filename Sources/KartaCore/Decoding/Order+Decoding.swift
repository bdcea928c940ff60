extension Order {
    enum Field: String, FrontMatterKey {
        case issuer
        case shortIssuer = "short_issuer"
        case kind
        case number
        case date
        case place
        case title
        case signatory
        case preparedBy = "prepared_by"
        case signed
        case appendices
        case slug
    }

    public static func decode(_ document: Document) -> (Order?, [Diagnostic]) {
        let decoder = FrontMatterDecoder(document)
        let reader = decoder.root(Field.self)
        let slug = decoder.slug(reader)
        guard let reader else { return (nil, decoder.context.diagnostics) }
        var order = Order(slug: slug, file: document.path, title: reader.requiredString(.title) ?? "")
        order.issuer = reader.lines(.issuer)
        order.shortIssuer = reader.string(.shortIssuer) ?? ""
        order.kind = reader.string(.kind).map(OrderKind.init(word:)) ?? .order
        order.number = reader.requiredString(.number) ?? ""
        order.date =
            reader.value(.date) == nil
            ? {
                reader.context.report(.missingField(reader.fieldName(.date)), at: reader.node); return nil
            }()
            : reader.date(.date)
        order.place = reader.string(.place) ?? ""
        order.signatory = reader.mapping(.signatory, as: Person.Field.self).flatMap(Person.init)
        order.preparedBy = reader.string(.preparedBy) ?? ""
        order.signed = reader.locatedString(.signed)
        order.appendices = reader.mappings(.appendices, as: Appendix.Field.self).compactMap(Appendix.init)
        order.body = document.body
        return (order, decoder.context.diagnostics)
    }
}
