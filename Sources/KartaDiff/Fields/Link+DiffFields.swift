import KartaCore

extension Link: DiffFielded {
    static let diffFields: [DiffField<Link>] = [
        .text("название", "title") { $0.title },
        .text("файл", "href") { $0.href }
    ]
    static let notCompared = ["location": "место в файле"]
}
