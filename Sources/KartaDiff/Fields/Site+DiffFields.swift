import KartaCore

extension Site: DiffFielded {
    static let diffFields: [DiffField<Site>] = [
        .text("заголовок (title)", "title") { $0.title },
        .text("организация (organization)", "organization") { $0.organization },
        .text("регион (region)", "region") { $0.region },
        .text("муниципалитет (municipality)", "municipality") { $0.municipality },
        .text("дата отчёта (as_of)", "asOf") { $0.asOf?.iso ?? "" },
        .nested("координатор (coordinator)", "coordinator") { $0.coordinator },
        .text("адрес сайта (base_url)", "baseURL") { $0.baseURL ?? "" },
        .text("срок актуальности (stale_after_days)", "staleAfterDays") { $0.staleAfterDays.map(String.init) ?? "" }
    ]
}
