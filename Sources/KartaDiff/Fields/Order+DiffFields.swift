import KartaCore

extension Order: DiffFielded {
    static let diffFields: [DiffField<Order>] = [
        .list("строка издателя", "issuer") { $0.issuer },
        .text("краткое имя издателя", "shortIssuer") { $0.shortIssuer },
        .text("вид документа", "kind") { $0.kind.word },
        .text("номер", "number") { $0.number },
        .text("дата", "date") { $0.date?.russianNumeric ?? "" },
        .text("место издания", "place") { $0.place },
        .text("заголовок", "title") { $0.title },
        .nested("подписал", "signatory") { $0.signatory },
        .text("исполнитель", "preparedBy") { $0.preparedBy },
        .text("подписанная копия", "signed") { $0.signed?.value ?? "" },
        .list("приложение", "appendices") { $0.appendices.map(\.diffText) },
        .markdown("текст приказа", "body") { $0.body }
    ]
    static let notCompared = ["slug": "по нему приказы сопоставляются", "file": "имя файла; сопоставляются по адресу"]
}

extension Appendix {
    /// The appendix as one line: what it holds.
    var diffText: String {
        switch self {
        case .roadmap(let slug): "дорожная карта \(slug.value)"
        case .assignments(let kind, let schools):
            (kind == .curators ? "закрепление кураторов" : "закрепление методистов")
                + (schools.isEmpty ? "" : ": " + schools.map(\.value).joined(separator: ", "))
        case .file(let link): "файл \(link.diffText)"
        }
    }
}
